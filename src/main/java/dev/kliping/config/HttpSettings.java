package dev.kliping.config;

/**
 * How kliping talks to outlets: who it says it is, how long it waits, how much it reads and how
 * long it leaves a host alone between requests.
 *
 * @param maxHostWaitSeconds the longest a fetch waits for a host: robots.txt Crawl-delay is capped
 *     at it, and a host held longer (Retry-After, backoff) is skipped for the rest of the pass
 * @param maxRetryAfterSeconds a Retry-After is clamped to this; backoff grows up to it
 * @param robotsCacheHours how long a site's robots.txt is trusted before it is fetched again
 * @param maxSitemapBytes a sitemap larger than this, counted after gunzipping, is not read
 * @param maxUrlsPerHost how many URLs of one host a pass takes from feeds, sitemaps and
 *     listings, so an endless calendar of "next" pages cannot keep a pass going forever
 */
public record HttpSettings(
    String userAgent,
    int connectTimeoutSeconds,
    int readTimeoutSeconds,
    int callTimeoutSeconds,
    long maxBodyBytes,
    long hostDelayMillis,
    int maxRedirects,
    int maxHostWaitSeconds,
    int maxRetryAfterSeconds,
    int robotsCacheHours,
    long maxSitemapBytes,
    int maxUrlsPerHost) {

  public static final HttpSettings DEFAULTS = new HttpSettings(
      "kliping/0.1 (news archive; +https://github.com/kliping/kliping)", 10, 30, 60,
      10L * 1024 * 1024, 2000, 5, 60, 3600, 24, 50L * 1024 * 1024, 1000);

  /** The first seven settings; the politeness and discovery limits take their defaults. */
  public HttpSettings(String userAgent, int connectTimeoutSeconds, int readTimeoutSeconds,
      int callTimeoutSeconds, long maxBodyBytes, long hostDelayMillis, int maxRedirects) {
    this(userAgent, connectTimeoutSeconds, readTimeoutSeconds, callTimeoutSeconds, maxBodyBytes,
        hostDelayMillis, maxRedirects, DEFAULTS.maxHostWaitSeconds, DEFAULTS.maxRetryAfterSeconds,
        DEFAULTS.robotsCacheHours, DEFAULTS.maxSitemapBytes, DEFAULTS.maxUrlsPerHost);
  }

  /** These settings with the per-host delay replaced; replay runs use zero. */
  public HttpSettings withHostDelayMillis(long millis) {
    return new HttpSettings(userAgent, connectTimeoutSeconds, readTimeoutSeconds,
        callTimeoutSeconds, maxBodyBytes, millis, maxRedirects, maxHostWaitSeconds,
        maxRetryAfterSeconds, robotsCacheHours, maxSitemapBytes, maxUrlsPerHost);
  }
}

package dev.kliping.config;

/**
 * How kliping talks to outlets: who it says it is, how long it waits, how much it reads and how
 * long it leaves a host alone between requests.
 */
public record HttpSettings(
    String userAgent,
    int connectTimeoutSeconds,
    int readTimeoutSeconds,
    int callTimeoutSeconds,
    long maxBodyBytes,
    long hostDelayMillis,
    int maxRedirects) {

  public static final HttpSettings DEFAULTS = new HttpSettings(
      "kliping/0.1 (news archive; +https://github.com/kliping/kliping)", 10, 30, 60,
      10L * 1024 * 1024, 2000, 5);

  /** These settings with the per-host delay replaced; replay runs use zero. */
  public HttpSettings withHostDelayMillis(long millis) {
    return new HttpSettings(userAgent, connectTimeoutSeconds, readTimeoutSeconds,
        callTimeoutSeconds, maxBodyBytes, millis, maxRedirects);
  }
}

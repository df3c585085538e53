package dev.kliping.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.kliping.archive.Exchange;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * Answers what robots.txt lets kliping do on a site: which URLs it may fetch, how long to wait
 * between requests (Crawl-delay) and which sitemaps the site names. Each origin's robots.txt is
 * fetched once and kept for a while. Follows RFC 9309: a 4xx means no rules (allow all); a 429,
 * a 5xx or no answer means "disallow all for now", kept only briefly so the site is asked again
 * soon; only the first 500 KiB are read. Thread-safe.
 */
final class Robots {
  /** RFC 9309 section 2.5: crawlers must parse at least 500 kibibytes. We parse exactly that. */
  static final int MAX_BYTES = 500 * 1024;
  /** A failure is not held against a site for long: it may be back in minutes. */
  private static final Duration FAILURE_TTL = Duration.ofHours(1);

  private final Function<String, FetchResult> fetch;
  private final List<String> agentNames;
  private final Sleeper sleeper;
  private final Duration ttl;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, Entry> byOrigin = new ConcurrentHashMap<>();

  /** The rules, till when they hold, and why robots.txt could not be had (or null). */
  private record Entry(BaseRobotRules rules, long expiresAtNanos, FetchResult failure) {}

  /**
   * Whether a URL may be fetched, and if not, the outcome and reason to report: usually
   * {@link FetchOutcome#ROBOTS_DENIED}, but a robots.txt that could not be asked for because its
   * host is blocked or held reports that instead, which says more.
   */
  record Verdict(FetchOutcome outcome, String reason) {
    static final Verdict ALLOWED = new Verdict(null, null);

    boolean allowed() {
      return outcome == null;
    }
  }

  /**
   * @param fetch fetches robots.txt itself (following redirects, not asking robots.txt again)
   * @param ttl how long a fetched robots.txt is trusted
   */
  Robots(Function<String, FetchResult> fetch, String userAgent, Sleeper sleeper, Duration ttl) {
    this.fetch = fetch;
    // The product token is the user agent up to the first slash or space: "kliping".
    this.agentNames = List.of(userAgent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT));
    this.sleeper = sleeper;
    this.ttl = ttl;
    // crawler-commons disallows everything past its own cap; we cap the delay ourselves instead.
    parser.setMaxCrawlDelay(Long.MAX_VALUE);
  }

  Verdict check(HttpUrl url) {
    Entry entry = entry(url);
    if (entry.rules.isAllowed(url.toString())) {
      return Verdict.ALLOWED;
    }
    FetchResult failure = entry.failure;
    if (failure == null) {
      return new Verdict(FetchOutcome.ROBOTS_DENIED, "robots.txt disallows " + url);
    }
    if (failure.outcome() == FetchOutcome.BLOCKED || failure.outcome() == FetchOutcome.HOST_HELD) {
      return new Verdict(failure.outcome(), failure.reason());
    }
    return new Verdict(FetchOutcome.ROBOTS_DENIED, "robots.txt unavailable, so nothing is "
        + "allowed for now (" + failure.outcome().name().toLowerCase(Locale.ROOT) + ": "
        + failure.reason() + ")");
  }

  /** The site's Crawl-delay, or zero when it names none. */
  Duration crawlDelay(HttpUrl url) {
    long millis = rules(url).getCrawlDelay();
    return millis <= 0 ? Duration.ZERO : Duration.ofMillis(millis);
  }

  /** The sitemaps the site's robots.txt names ({@code Sitemap:} lines), in file order. */
  List<String> sitemaps(HttpUrl url) {
    return List.copyOf(rules(url).getSitemaps());
  }

  private BaseRobotRules rules(HttpUrl url) {
    return entry(url).rules;
  }

  private Entry entry(HttpUrl url) {
    String origin = url.scheme() + "://" + url.host() + ":" + url.port();
    long now = sleeper.nanoTime();
    Entry entry = byOrigin.get(origin);
    if (entry == null || now - entry.expiresAtNanos >= 0) {
      // Two threads may both fetch on expiry; the throttle keeps them one after the other.
      entry = load(url, now);
      if (entry.expiresAtNanos != now) {
        byOrigin.put(origin, entry);
      }
    }
    return entry;
  }

  private Entry load(HttpUrl url, long now) {
    String robotsUrl = url.newBuilder().encodedPath("/robots.txt").query(null).fragment(null)
        .build().toString();
    FetchResult result = fetch.apply(robotsUrl);
    Exchange response = result.response();
    if (result.outcome() == FetchOutcome.OK) {
      return new Entry(parse(robotsUrl, response), now + ttl.toNanos(), null);
    }
    int status = response == null ? 0 : response.status();
    if (status >= 400 && status < 500 && status != 429) {
      return new Entry(parser.failedFetch(status), now + ttl.toNanos(), null);
    }
    if (result.outcome() == FetchOutcome.HOST_HELD) {
      // Not asked at all: kept for no time (expires now), so it is asked once the hold ends.
      return new Entry(parser.failedFetch(503), now, result);
    }
    // 429, 5xx, a bad redirect or no answer: the site is unavailable, not unrestricted.
    return new Entry(parser.failedFetch(503),
        now + Math.min(ttl.toNanos(), FAILURE_TTL.toNanos()), result);
  }

  private BaseRobotRules parse(String robotsUrl, Exchange response) {
    byte[] body = response.body();
    if (body.length > MAX_BYTES) {
      // Cut at the last whole line, so a rule cut in half is not read as a shorter rule.
      int end = MAX_BYTES;
      while (end > 0 && body[end - 1] != '\n') {
        end--;
      }
      body = Arrays.copyOf(body, end);
    }
    return parser.parseContent(robotsUrl, body, response.header("Content-Type"), agentNames);
  }
}

package dev.kliping.fetch;

import dev.kliping.archive.Exchange;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides how long to leave a host alone after it answered 429 Too Many Requests or 503 Service
 * Unavailable: as long as its Retry-After says (clamped), else an exponential backoff that grows
 * with each pushback in a row and resets on any other answer. Thread-safe.
 */
final class Pushback {
  private final Clock clock;
  private final Duration maxHold;
  private final Backoff backoff;
  private final Map<String, Integer> inARow = new ConcurrentHashMap<>();

  Pushback(Clock clock, Duration maxHold, Backoff backoff) {
    this.clock = clock;
    this.maxHold = maxHold;
    this.backoff = backoff;
  }

  /** True for the answers by which a server asks a client to slow down. */
  static boolean isPushback(int status) {
    return status == 429 || status == 503;
  }

  /**
   * How long to hold the host after this response (zero when it did not push back), and in what
   * words, for the fetch's reason.
   */
  Hold after(String host, Exchange response) {
    if (!isPushback(response.status())) {
      inARow.remove(host);
      return Hold.NONE;
    }
    int count = inARow.merge(host, 1, Integer::sum);
    return RetryAfter.parse(response.header("Retry-After"), clock.instant(), maxHold)
        .map(wait -> new Hold(wait, "Retry-After"))
        .orElseGet(() -> new Hold(backoff.after(count), "backoff #" + count));
  }

  /** A hold on a host: how long, and why ("Retry-After" or "backoff #n"). */
  record Hold(Duration duration, String source) {
    static final Hold NONE = new Hold(Duration.ZERO, null);

    String describe() {
      long millis = duration.toMillis();
      String length = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
      return "host held " + length + " (" + source + ")";
    }
  }
}

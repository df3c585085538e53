package dev.kliping.fetch;

import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * A host's turn shared with other crawlers, the other nodes of a cluster: taken after this
 * process's own {@link HostThrottle} turn and before the request, given back after it with the
 * time the host's next request may start. {@link #ALONE} for a process crawling by itself, where
 * the throttle alone keeps the host polite. Implementations must be thread-safe.
 */
public interface HostTurns {
  /** No one else crawls: every turn is free at once. */
  HostTurns ALONE = new HostTurns() {
    @Override
    public Duration take(String host, Duration maxWait) {
      return Duration.ZERO;
    }

    @Override
    public void give(String host, Duration next) {}
  };

  /**
   * Waits until no other crawler is requesting from the host and its next request may start,
   * then takes the turn; a turn not free within maxWait is not waited for.
   *
   * @return zero when taken (the caller must {@link #give} it back), else how much longer the
   *     host is held
   */
  Duration take(String host, Duration maxWait) throws InterruptedIOException;

  /** Gives a taken turn back: the host's next request, by anyone, may start after {@code next}. */
  void give(String host, Duration next);
}

package dev.kliping.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to one host at least a minimum delay apart, so kliping never hammers an
 * outlet. Thread-safe; a caller waits only for its own host.
 */
final class HostThrottle {
  private final Map<String, Long> nextAllowedNanos = new HashMap<>();
  private final long delayNanos;

  HostThrottle(Duration delay) {
    this.delayNanos = delay.toNanos();
  }

  /** Waits until this host may be asked again, then books the next slot. */
  void await(String host) {
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long allowed = nextAllowedNanos.getOrDefault(host, now);
      long start = Math.max(now, allowed);
      nextAllowedNanos.put(host, start + delayNanos);
      wait = start - now;
    }
    if (wait > 0) {
      sleep(wait);
    }
  }

  private static void sleep(long nanos) {
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      // Keep the flag for the caller; a stop request means "take no new work".
      Thread.currentThread().interrupt();
    }
  }
}

package dev.kliping.fetch;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter, for a host that pushed back without saying for how long:
 * base, 2 x base, 4 x base... up to a cap, each drawn at random from its upper half so that
 * several crawlers held together do not all come back at the same moment. Thread-safe when the
 * jitter source is.
 */
final class Backoff {
  private final Duration base;
  private final Duration max;
  private final DoubleSupplier jitter;

  /** @param jitter numbers in [0, 1), e.g. {@code ThreadLocalRandom.current()::nextDouble} */
  Backoff(Duration base, Duration max, DoubleSupplier jitter) {
    this.base = base;
    this.max = max;
    this.jitter = jitter;
  }

  /** The wait after the given number of pushbacks in a row (1 for the first). */
  Duration after(int pushbacks) {
    int doublings = Math.min(Math.max(pushbacks - 1, 0), 30);
    long ceiling = Math.min(max.toMillis(), base.toMillis() << doublings);
    long half = ceiling / 2;
    return Duration.ofMillis(half + (long) (jitter.getAsDouble() * (ceiling - half)));
  }
}

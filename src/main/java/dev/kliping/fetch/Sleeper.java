package dev.kliping.fetch;

import java.time.Duration;

/**
 * Where politeness waits get their time. The fetcher never calls {@code Thread.sleep} itself, so
 * a test can hand it a fake that advances a clock instead of sleeping and then assert how long a
 * host was left alone. Implementations must be thread-safe.
 */
public interface Sleeper {

  /** A monotonic reading in nanoseconds; only differences between readings mean anything. */
  long nanoTime();

  /** Waits for at least the duration; zero or negative returns at once. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real thing: {@link System#nanoTime()} and {@link Thread#sleep}. */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }

  /** The real sleeper; an enum, so there is exactly one and it holds no state. */
  enum SystemSleeper implements Sleeper {
    INSTANCE;

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      if (!duration.isNegative() && !duration.isZero()) {
        long nanos = duration.toNanos();
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
      }
    }
  }
}

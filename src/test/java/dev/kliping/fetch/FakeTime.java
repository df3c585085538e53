package dev.kliping.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that moves only when told to, or when the fetcher "sleeps" on it: each sleep advances
 * it at once and is remembered, so a test asserts how long a host was held without waiting.
 */
final class FakeTime extends Clock implements Sleeper {
  private final List<Duration> sleeps = new ArrayList<>();
  private Instant now;
  private long nanos;

  FakeTime(Instant start) {
    this.now = start;
  }

  FakeTime() {
    this(Instant.parse("2026-11-20T03:00:00Z"));
  }

  synchronized void advance(Duration d) {
    now = now.plus(d);
    nanos += d.toNanos();
  }

  /** Every sleep so far, in order (zero-length ones included). */
  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** All sleeps added up. */
  synchronized Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }

  synchronized void forgetSleeps() {
    sleeps.clear();
  }

  @Override
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public void sleep(Duration duration) {
    Duration d = duration.isNegative() ? Duration.ZERO : duration;
    synchronized (this) {
      sleeps.add(d);
    }
    advance(d);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}

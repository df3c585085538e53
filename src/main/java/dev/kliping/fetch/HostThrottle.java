package dev.kliping.fetch;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets one request at a time reach a host, each starting at least a minimum delay after the last
 * one ended, and keeps a host that pushed back (429, 503) alone for as long as it asked.
 * Thread-safe; a caller waits only for its own host. All waiting goes through the {@link Sleeper}.
 */
final class HostThrottle {
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();
  private final Sleeper sleeper;

  HostThrottle(Sleeper sleeper) {
    this.sleeper = sleeper;
  }

  /** One host's turn: held from {@link #acquire} until {@link #release}. */
  private static final class Host {
    // Fair, so that threads waiting for a busy host take their turns in order.
    final ReentrantLock turn = new ReentrantLock(true);
    boolean used;
    long lastEndNanos;
    long holdUntilNanos;
  }

  /**
   * Waits until the host is free and {@code minDelay} has passed since its last request ended (or
   * its hold ran out), then takes the host; the caller must then {@link #release} it. A host held
   * for longer than {@code maxWait} is not waited for: a pass should move on rather than sit for
   * an hour behind one Retry-After.
   *
   * @return zero when the host was taken, else how much longer it is held (and it was not taken)
   * @throws InterruptedIOException when interrupted while waiting; the host is not taken
   */
  Duration acquire(String host, Duration minDelay, Duration maxWait)
      throws InterruptedIOException {
    Host state = hosts.computeIfAbsent(host, h -> new Host());
    try {
      state.turn.lockInterruptibly();
    } catch (InterruptedException e) {
      throw interrupted(host, e);
    }
    try {
      if (state.used) {
        long earliest = Math.max(state.lastEndNanos + minDelay.toNanos(), state.holdUntilNanos);
        Duration wait = Duration.ofNanos(earliest - sleeper.nanoTime());
        if (wait.compareTo(maxWait) > 0) {
          state.turn.unlock();
          return wait;
        }
        sleeper.sleep(wait);
      }
      return Duration.ZERO;
    } catch (InterruptedException e) {
      state.turn.unlock();
      throw interrupted(host, e);
    }
  }

  /**
   * Gives the host back; the next request may start after the minimum delay, or after {@code hold}
   * when the host asked for more (Retry-After or backoff).
   */
  void release(String host, Duration hold) {
    Host state = hosts.get(host);
    long now = sleeper.nanoTime();
    // The minimum delay counts from the end of this request; a hold applies only when longer.
    state.used = true;
    state.lastEndNanos = now;
    state.holdUntilNanos = now + hold.toNanos();
    state.turn.unlock();
  }

  private static InterruptedIOException interrupted(String host, InterruptedException cause) {
    // Keep the flag: an interrupt means "take no new work", so the caller stops soon.
    Thread.currentThread().interrupt();
    InterruptedIOException e = new InterruptedIOException("interrupted waiting for " + host);
    e.initCause(cause);
    return e;
  }
}

package dev.kliping.schedule;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One lock per outlet, so a discovery pass and a revisit pass of the same outlet never run at
 * once: they would visit the same pages and break the outlet's politeness budget.
 *
 * <p>A pass has the right of way. Revisits come again within seconds and leave nothing behind
 * that a pass does not visit too, but a pass skipped waits for its next slot (for a cron outlet,
 * up to its whole interval; at start-up, the catch-up pass of an outlet never crawled). So a pass
 * never gives up: it waits for the revisits in flight, which end between two pages once they see
 * it waiting ({@link #passWaiting}), no new revisits of the outlet start meanwhile, and a pass
 * that has waited a while says so in the log, again after each further while.
 */
final class OutletLocks {
  private static final Logger log = LoggerFactory.getLogger(OutletLocks.class);
  /**
   * How long a pass waits in silence. Revisits give way after the page in flight, whose requests
   * have their own timeouts, so a longer wait means something is stuck and is logged.
   */
  static final Duration PATIENCE = Duration.ofSeconds(30);

  private final Map<String, Outlet> outlets = new ConcurrentHashMap<>();
  private final Duration patience;

  OutletLocks() {
    this(PATIENCE);
  }

  /** @param patience how long a pass waits before it logs that it is still waiting */
  OutletLocks(Duration patience) {
    this.patience = patience;
  }

  /** The outlet's lock, and how many passes are waiting for it. */
  private static final class Outlet {
    final ReentrantLock lock = new ReentrantLock();
    final AtomicInteger passesWaiting = new AtomicInteger();
  }

  private Outlet outlet(String outletId) {
    return outlets.computeIfAbsent(outletId, id -> new Outlet());
  }

  /**
   * Runs revisits of the outlet if nothing else runs there and no pass is waiting for it; returns
   * whether they ran.
   */
  boolean runRevisits(String outletId, Runnable work) {
    Outlet outlet = outlet(outletId);
    if (outlet.passesWaiting.get() > 0 || !outlet.lock.tryLock()) {
      return false;
    }
    try {
      work.run();
      return true;
    } finally {
      outlet.lock.unlock();
    }
  }

  /** True while a pass waits for the outlet: revisits in flight should end after their page. */
  boolean passWaiting(String outletId) {
    return outlet(outletId).passesWaiting.get() > 0;
  }

  /**
   * Runs a pass of the outlet once nothing else runs there: revisits in flight give way to it,
   * and in a cluster a pass Quartz recovered from a dead node may be running here too. Never
   * skips the pass.
   */
  void runPass(String outletId, Runnable work) {
    Outlet outlet = outlet(outletId);
    outlet.passesWaiting.incrementAndGet();
    try {
      if (!outlet.lock.tryLock()) {
        awaitTurn(outletId, outlet.lock);
      }
    } finally {
      outlet.passesWaiting.decrementAndGet();
    }
    try {
      work.run();
    } finally {
      outlet.lock.unlock();
    }
  }

  /** Takes the lock, however long that takes, and logs each time it has waited a while. */
  private void awaitTurn(String outletId, ReentrantLock lock) {
    long start = System.nanoTime();
    boolean interrupted = false;
    try {
      while (true) {
        try {
          if (lock.tryLock(patience.toNanos(), TimeUnit.NANOSECONDS)) {
            break;
          }
          log.warn("{}: the pass has waited {} s for the outlet's revisits (or another pass) to"
              + " end, and waits on", outletId, seconds(start));
        } catch (InterruptedException e) {
          // Threads that touch the archive are never interrupted; one that is still takes its
          // turn (a pass is never dropped) and keeps the flag for whoever asked.
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    log.info("{}: the pass waited {} s for the work in flight on the outlet", outletId,
        seconds(start));
  }

  private static String seconds(long startNanos) {
    return String.format(java.util.Locale.ROOT, "%.1f",
        (System.nanoTime() - startNanos) / 1e9);
  }
}

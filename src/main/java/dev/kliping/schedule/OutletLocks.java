package dev.kliping.schedule;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per outlet, so a discovery pass and a revisit pass of the same outlet never run at
 * once: they would visit the same pages and break the outlet's politeness budget.
 */
final class OutletLocks {
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  /** Runs the work if no other pass of the outlet is running; returns whether it ran. */
  boolean runExclusively(String outletId, Runnable work) {
    ReentrantLock lock = locks.computeIfAbsent(outletId, id -> new ReentrantLock());
    if (!lock.tryLock()) {
      return false;
    }
    try {
      work.run();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs the work once no other pass of the outlet is running here, waiting for it: a cluster
   * node's revisit rounds come every few seconds, and a pass (one Quartz recovered from a dead
   * node) must not be skipped for them.
   */
  void runAfterOthers(String outletId, Runnable work) {
    ReentrantLock lock = locks.computeIfAbsent(outletId, id -> new ReentrantLock());
    // lock(), not lockInterruptibly(): threads that touch the archive are never interrupted.
    lock.lock();
    try {
      work.run();
    } finally {
      lock.unlock();
    }
  }
}

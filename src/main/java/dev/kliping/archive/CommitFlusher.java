package dev.kliping.archive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes committed transactions to the database file in groups (group commit), and runs what
 * waits for a commit to be in the file once it is.
 *
 * <p>An H2 commit only changes memory; a store (CHECKPOINT) writes everything committed so far as
 * one new chunk. Done after every commit, the stores cost the crawl more than all its other
 * database work, and each chunk rewrites the B-tree pages it touches. So commits take a ticket,
 * and one store covers every ticket handed out before it began. A caller that needs its commit
 * in the file before it goes on waits for a store ({@link #flushThrough}), sharing it with every
 * thread that waits at the same time; a caller that only needs to tell others once it is there
 * leaves that to this flusher's thread ({@link #whenFlushed}) and goes on at once. Thread-safe.
 */
final class CommitFlusher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CommitFlusher.class);
  /**
   * How long a commit may wait for others to share its store: the acknowledgement's delay. A
   * store rewrites every B-tree page its commits touched plus, each time, the last leaf of every
   * growing index and the path to each root; at 20 ms a crawl spent a tenth of its CPU in stores.
   * Crawl threads never wait for this delay (their announcements do), so it is set by what an
   * archivist notices: a version's log line 50 ms late is not.
   */
  static final long GROUP_MILLIS = 50;
  /** Commits that make a store worth doing at once, without waiting for more. */
  static final int GROUP_SIZE = 64;
  /** Waiting actions beyond which committing threads wait: memory stays bounded. */
  static final int MAX_WAITING = 1024;
  /** A store syncs to the disk (survives a power cut) after this many commits since the last. */
  static final int SYNC_EVERY_COMMITS = 100;
  private static final long RETRY_MILLIS = 1000;

  /** The store: writes every committed transaction to the file, and to the disk when asked. */
  @FunctionalInterface
  interface Store {
    void write(boolean sync);
  }

  private record Waiting(long ticket, Runnable action) {}

  private final Store store;
  private final AtomicLong committed = new AtomicLong();
  private volatile long flushed;
  private long synced;
  private final Object flushing = new Object();
  /** Guards waiting, announcing and closing. */
  private final Object monitor = new Object();
  private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
  /** The lowest ticket whose actions the thread is running now, else Long.MAX_VALUE. */
  private long announcing = Long.MAX_VALUE;
  private boolean closing;
  private final Thread thread;

  CommitFlusher(Store store, String name) {
    this.store = store;
    this.thread = new Thread(this::run, "kliping-commit " + name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Call right after a transaction commits: its ticket, covered by the next store. */
  long committed() {
    return committed.incrementAndGet();
  }

  /** Returns once every commit up to the ticket is in the file (written by whoever got there). */
  void flushThrough(long ticket) {
    flushThrough(ticket, false);
  }

  private void flushThrough(long ticket, boolean sync) {
    if (flushed >= ticket && !sync) {
      return;
    }
    synchronized (flushing) {
      if (flushed >= ticket && (!sync || synced >= ticket)) {
        return;
      }
      // Every ticket handed out before this read belongs to a commit that is now in memory.
      long target = committed.get();
      boolean syncNow = sync || target - synced >= SYNC_EVERY_COMMITS;
      store.write(syncNow);
      flushed = target;
      if (syncNow) {
        synced = target;
      }
    }
    synchronized (monitor) {
      monitor.notifyAll();
    }
  }

  /**
   * Runs action on this flusher's thread once every commit up to ticket is in the file; at once
   * on this thread when it already is. Never runs it when the store fails for good.
   */
  void whenFlushed(long ticket, Runnable action) {
    if (flushed >= ticket) {
      action.run();
      return;
    }
    synchronized (monitor) {
      while (waiting.size() >= MAX_WAITING && !closing && Thread.currentThread() != thread) {
        waitOn(monitor, 0);
      }
      waiting.add(new Waiting(ticket, action));
      monitor.notifyAll();
    }
  }

  /**
   * Writes every commit so far to the file and syncs it to the disk, then waits until the actions
   * waiting for those commits have run (unless called from one of them).
   */
  void sync() {
    long ticket = committed.get();
    flushThrough(ticket, true);
    if (Thread.currentThread() == thread) {
      return;
    }
    synchronized (monitor) {
      while (announcing <= ticket || lowestWaiting() <= ticket) {
        if (!thread.isAlive()) {
          return;
        }
        monitor.notifyAll();
        waitOn(monitor, 100);
      }
    }
  }

  private long lowestWaiting() {
    long lowest = Long.MAX_VALUE;
    for (Waiting w : waiting) {
      lowest = Math.min(lowest, w.ticket);
    }
    return lowest;
  }

  private void run() {
    while (true) {
      long target;
      synchronized (monitor) {
        while (waiting.isEmpty() && !closing) {
          waitOn(monitor, 0);
        }
        if (waiting.isEmpty()) {
          return;
        }
        // Let other commits join this store, unless enough are here or someone stops us.
        long deadline = System.nanoTime() + GROUP_MILLIS * 1_000_000;
        while (!closing && waiting.size() < GROUP_SIZE && lowestWaiting() > flushed) {
          long left = (deadline - System.nanoTime()) / 1_000_000;
          if (left <= 0) {
            break;
          }
          waitOn(monitor, left);
        }
        target = 0;
        for (Waiting w : waiting) {
          target = Math.max(target, w.ticket);
        }
      }
      try {
        flushThrough(target);
      } catch (RuntimeException e) {
        LOG.error("cannot write commits to the database file (retrying in {} ms): {}",
            RETRY_MILLIS, e.toString());
        synchronized (monitor) {
          if (closing) {
            // What waits for these commits is never told: they were not acknowledged.
            waiting.clear();
            monitor.notifyAll();
            return;
          }
          waitOn(monitor, RETRY_MILLIS);
        }
        continue;
      }
      announce();
    }
  }

  /** Runs, in ticket order, the actions whose commits are in the file. */
  private void announce() {
    List<Waiting> ready = new ArrayList<>();
    synchronized (monitor) {
      long done = flushed;
      for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
        Waiting w = it.next();
        if (w.ticket <= done) {
          ready.add(w);
          it.remove();
        }
      }
      ready.sort((a, b) -> Long.compare(a.ticket, b.ticket));
      announcing = ready.isEmpty() ? Long.MAX_VALUE : ready.get(0).ticket;
      monitor.notifyAll();
    }
    try {
      for (Waiting w : ready) {
        try {
          w.action.run();
        } catch (RuntimeException e) {
          LOG.error("an action after commit {} failed: {}", w.ticket, e.toString(), e);
        }
      }
    } finally {
      synchronized (monitor) {
        announcing = Long.MAX_VALUE;
        monitor.notifyAll();
      }
    }
  }

  private static void waitOn(Object monitor, long millis) {
    try {
      monitor.wait(millis);
    } catch (InterruptedException e) {
      // kliping's threads are never interrupted (an interrupt closes H2's files); one that is
      // only ends this wait early, and every wait here is in a loop that checks again.
    }
  }

  /** Writes what is committed, runs what waits for it, and stops the thread. */
  @Override
  public void close() {
    synchronized (monitor) {
      closing = true;
      monitor.notifyAll();
    }
    if (Thread.currentThread() != thread) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

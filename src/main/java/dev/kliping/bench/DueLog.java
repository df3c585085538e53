package dev.kliping.bench;

import dev.kliping.archive.Cluster;
import dev.kliping.archive.PageDue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The due times a cluster hands out, read from the page table several times a second while it
 * runs: for each page, the sequence of its due times (null once its revisits end). A due time
 * lives from the visit that booked it to the visit that replaces it, at least the revisit
 * interval, so reading four times a second sees each one; {@link RevisitCheck} counts any that
 * were missed. Thread-safe.
 */
final class DueLog implements AutoCloseable {
  private static final long EVERY_MILLIS = 250;

  private final Cluster cluster;
  private final Map<Long, List<Instant>> history = new HashMap<>();
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
      r -> new Thread(r, "due-log"));
  private int failedReads;

  private DueLog(Cluster cluster) {
    this.cluster = cluster;
  }

  /** Starts reading the cluster's due times now. */
  static DueLog start(Cluster cluster) {
    DueLog log = new DueLog(Objects.requireNonNull(cluster, "cluster"));
    log.thread.scheduleWithFixedDelay(log::read, 0, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    return log;
  }

  private void read() {
    List<PageDue> now;
    try {
      now = cluster.dues();
    } catch (RuntimeException e) {
      synchronized (history) {
        failedReads++;
      }
      return;
    }
    synchronized (history) {
      for (PageDue page : now) {
        List<Instant> dues = history.computeIfAbsent(page.pageId(), id -> new ArrayList<>());
        if (dues.isEmpty() || !Objects.equals(dues.get(dues.size() - 1), page.due())) {
          dues.add(page.due());
        }
      }
    }
  }

  /** Each page's due times in the order handed out, null where its revisits ended. */
  Map<Long, List<Instant>> history() {
    synchronized (history) {
      Map<Long, List<Instant>> copy = new HashMap<>();
      history.forEach((page, dues) -> copy.put(page, new ArrayList<>(dues)));
      return copy;
    }
  }

  /** Reads that failed (the database away for a moment): due times may have been missed. */
  int failedReads() {
    synchronized (history) {
      return failedReads;
    }
  }

  /** Stops reading, after one last read of the final state. */
  @Override
  public void close() throws InterruptedException {
    thread.shutdown();
    thread.awaitTermination(1, TimeUnit.MINUTES);
    read();
  }
}

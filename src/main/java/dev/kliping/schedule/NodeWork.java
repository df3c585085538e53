package dev.kliping.schedule;

import dev.kliping.archive.Cluster;
import dev.kliping.archive.OutletPass;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * What this node is doing, for its check-ins ("pass kompas, revisits tempo"), and, in a cluster,
 * the record of each outlet pass it runs (outlet_pass rows: which node ran which pass when). Alone, it
 * only keeps the in-memory list. Thread-safe.
 */
final class NodeWork {
  /** A node alone on its archive: nothing is recorded. */
  static final NodeWork ALONE = new NodeWork(null, null, Clock.systemUTC());

  private final Cluster cluster;
  private final String node;
  private final Clock clock;
  private final Map<String, Integer> running = new TreeMap<>();

  NodeWork(Cluster cluster, String node, Clock clock) {
    this.cluster = cluster;
    this.node = node;
    this.clock = clock;
  }

  /** Runs a pass (kind {@link OutletPass#PASS} or {@link OutletPass#REVISITS}) of the outlet. */
  void run(String outletId, String kind, Runnable work) {
    String what = kind + " " + outletId;
    synchronized (running) {
      running.merge(what, 1, Integer::sum);
    }
    // Revisit runs come every minute for every outlet: only passes are worth a row each.
    Long id = cluster == null || !OutletPass.PASS.equals(kind) ? null
        : cluster.passStarted(outletId, node, kind, clock.instant());
    try {
      work.run();
    } finally {
      if (id != null) {
        cluster.passEnded(id, clock.instant());
      }
      synchronized (running) {
        running.computeIfPresent(what, (k, n) -> n == 1 ? null : n - 1);
      }
    }
  }

  /** The passes running now, e.g. "pass kompas, revisits tempo"; empty when idle. */
  String doing() {
    synchronized (running) {
      return String.join(", ", running.keySet());
    }
  }
}

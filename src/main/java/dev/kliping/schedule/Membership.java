package dev.kliping.schedule;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Cluster;
import dev.kliping.archive.Node;
import dev.kliping.config.ClusterSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's place in the cluster: it checks in every interval with what it is doing, takes over
 * a node that stopped checking in (closes its open WARC files, adds the rows its death prevented,
 * frees its page leases and host turns), and lets the node's companions catch up with what the
 * others stored. Quartz, checking in on its own, takes over the dead node's passes. Runs on one
 * thread of its own, which is never interrupted.
 */
final class Membership implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Membership.class);

  private final Archive archive;
  private final Cluster cluster;
  private final String node;
  private final ClusterSettings settings;
  private final NodeWork work;
  private final Runnable catchUp;
  private final Clock clock;
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
      r -> new Thread(r, "cluster-checkin"));

  /** @param catchUp run after each check-in: e.g. the search index reading others' versions */
  Membership(Archive archive, String node, ClusterSettings settings, NodeWork work,
      Runnable catchUp, Clock clock) {
    this.archive = archive;
    this.cluster = archive.cluster();
    this.node = node;
    this.settings = settings;
    this.work = work;
    this.catchUp = catchUp;
    this.clock = clock;
  }

  /** Records the node as started and begins checking in. */
  void start() {
    cluster.started(node, clock.instant());
    long every = settings.checkin().toMillis();
    thread.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
  }

  private void beat() {
    try {
      Instant now = clock.instant();
      cluster.checkIn(node, now, work.doing());
      takeOverTheDead(now);
      catchUp.run();
    } catch (RuntimeException e) {
      // The database may be down for a moment: the next beat tries again.
      log.warn("cluster check-in of {} failed: {}", node, e.toString());
    }
  }

  private void takeOverTheDead(Instant now) {
    Duration deadAfter = settings.deadAfter();
    for (Node other : cluster.nodes()) {
      if (other.name().equals(node) || other.alive(now, deadAfter) || other.stoppedAt() != null) {
        continue;
      }
      String note = "dead: silent since " + other.checkedInAt() + "; taken over by " + node;
      if (!cluster.declareDead(other.name(), now, now.minus(deadAfter), note)) {
        continue;
      }
      int files = archive.recoverNode(other.name());
      if (files < 0) {
        // Its lock is held: the process lives (a long pause). Its leases run out by themselves.
        log.warn("node {} is silent since {} but still holds its lock; left alone",
            other.name(), other.checkedInAt());
        continue;
      }
      int pages = cluster.release(other.name());
      log.warn("node {} is dead (silent since {}): {} open WARC files recovered, {} page leases"
          + " freed", other.name(), other.checkedInAt(), files, pages);
    }
  }

  /** Stops checking in, gives back this node's leases and marks it stopped. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      thread.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      cluster.release(node);
      cluster.stopped(node, clock.instant());
    } catch (RuntimeException e) {
      log.warn("could not mark node {} stopped: {}", node, e.toString());
    }
  }
}

package dev.kliping.schedule;

import dev.kliping.config.OutletConfig;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cluster node's own revisit rounds: every few seconds, for each outlet, the node claims a batch
 * of due pages (leases, FOR UPDATE SKIP LOCKED) and visits them. Every node runs them, so the
 * revisits spread over the cluster; the leases, not a lock, keep two nodes off one page. Not
 * Quartz: its cluster lock serialises every trigger of every node, and a job store holding a
 * trigger per article has deadlocked PostgreSQL near 30,000 triggers. Threads are never
 * interrupted; closing waits for the rounds in flight.
 */
final class NodeRevisits implements AutoCloseable {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(
      NodeRevisits.class);
  private final ScheduledExecutorService threads;
  private final RevisitJob job;
  private final DaemonContext daemon;
  private final int seconds;

  NodeRevisits(DaemonContext daemon, int threads, int seconds) {
    AtomicInteger n = new AtomicInteger();
    this.threads = Executors.newScheduledThreadPool(threads,
        r -> new Thread(r, "revisits-" + n.incrementAndGet()));
    this.job = new RevisitJob(daemon);
    this.daemon = daemon;
    this.seconds = seconds;
  }

  void start() {
    for (OutletConfig outlet : daemon.outlets()) {
      threads.scheduleWithFixedDelay(() -> {
        try {
          job.revisit(outlet);
        } catch (RuntimeException e) {
          // A task that throws is never run again: log, and keep the rounds going.
          log.error("{}: revisit round failed: {}", outlet.id(), e.toString(), e);
        }
      }, seconds, seconds, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() {
    threads.shutdown();
    try {
      threads.awaitTermination(10, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package dev.kliping.schedule;

import dev.kliping.archive.Cluster;
import dev.kliping.fetch.HostTurns;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Hosts' turns shared by the nodes of a cluster through the archive's host_turn rows: a node
 * takes a host's row before each request and gives it back after with the time the next request
 * may start, so one request at a time reaches a host, the per-host delay apart, whichever node
 * makes it. A turn is held for at most one request's time limit: a node that dies holding it
 * delays the host by no more than that. Nodes' clocks must agree (NTP) to well under the delay.
 */
final class ClusterHostTurns implements HostTurns {
  /** How often a node waiting for a host held by another asks again. */
  private static final Duration POLL = Duration.ofMillis(15);

  private final Cluster cluster;
  private final String node;
  private final Duration hold;
  private final Clock clock;

  /** @param hold the longest a request may take: the turn is taken for that long */
  ClusterHostTurns(Cluster cluster, String node, Duration hold, Clock clock) {
    this.cluster = cluster;
    this.node = node;
    this.hold = hold;
    this.clock = clock;
  }

  @Override
  public Duration take(String host, Duration maxWait) throws InterruptedIOException {
    Instant giveUp = clock.instant().plus(maxWait);
    while (true) {
      Instant now = clock.instant();
      Cluster.HostTurn turn = cluster.takeHost(host, node, now, now.plus(hold));
      if (turn.taken()) {
        return Duration.ZERO;
      }
      // Free, but the host's delay (or its Retry-After) has not passed: sleep until it has.
      Instant next = turn.holder() == null ? turn.freeAt() : now.plus(POLL);
      if (next.isAfter(giveUp)) {
        return Duration.between(now, next);
      }
      sleep(host, Duration.between(now, next));
    }
  }

  @Override
  public void give(String host, Duration next) {
    cluster.giveHost(host, node, clock.instant().plus(next));
  }

  private static void sleep(String host, Duration d) throws InterruptedIOException {
    try {
      Thread.sleep(Math.max(1, d.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted waiting for " + host);
    }
  }
}

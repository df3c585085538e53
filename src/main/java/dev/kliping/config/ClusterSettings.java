package dev.kliping.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How the daemons of a cluster (several nodes sharing one PostgreSQL archive) keep track of each
 * other. Unused by a daemon alone on an H2 archive.
 *
 * @param checkinInterval how often a node checks in (Quartz's cluster check-in and the node
 *     table); a node silent for twice this plus 5 s is taken for dead and its work taken over
 * @param lease how long a page claimed for a visit stays the node's: a dead node's pages go to
 *     the others after it
 */
public record ClusterSettings(String checkinInterval, String lease) {
  public static final ClusterSettings DEFAULTS = new ClusterSettings("5s", "30s");

  public ClusterSettings {
    checkinInterval = Objects.requireNonNullElse(checkinInterval, "5s");
    lease = Objects.requireNonNullElse(lease, "30s");
  }

  public Duration checkin() {
    return Durations.parse(checkinInterval);
  }

  public Duration leaseLength() {
    return Durations.parse(lease);
  }

  /** How long a node may stay silent before the others take it for dead. */
  public Duration deadAfter() {
    return checkin().multipliedBy(2).plusSeconds(5);
  }
}

package dev.kliping.archive;

import java.time.Instant;

/**
 * One pass over an outlet (or one revisit run) by one node of a cluster.
 *
 * @param kind {@link #PASS} or {@link #REVISITS}
 * @param endedAt null while it runs, or when its node died in it
 */
public record OutletPass(long id, String outletId, String node, String kind, Instant startedAt,
    Instant endedAt) {
  /** A scheduled discovery pass. */
  public static final String PASS = "pass";
  /** A run of the revisit job over the outlet's due pages. */
  public static final String REVISITS = "revisits";
}

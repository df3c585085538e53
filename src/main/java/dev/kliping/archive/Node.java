package dev.kliping.archive;

import java.time.Duration;
import java.time.Instant;

/**
 * One daemon of a cluster as the node table knows it: when it started, when it last checked in,
 * and what it was doing then.
 *
 * @param doing the passes it is running, e.g. "pass kompas", empty when idle
 * @param stoppedAt when it stopped cleanly or another node recovered its files; null while it
 *     runs (or until its death is noticed)
 * @param note how it stopped, e.g. "stopped" or "dead; WARC files recovered by node-b"
 */
public record Node(String name, Instant startedAt, Instant checkedInAt, String doing,
    Instant stoppedAt, String note) {

  /** Running and checked in within {@code deadAfter} of now. */
  public boolean alive(Instant now, Duration deadAfter) {
    return stoppedAt == null && !checkedInAt.plus(deadAfter).isBefore(now);
  }
}

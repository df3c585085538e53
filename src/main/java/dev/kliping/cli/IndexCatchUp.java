package dev.kliping.cli;

import dev.kliping.search.SearchIndex;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a cluster node's search index in step with the versions the other nodes store, by version
 * id. Each run indexes the pages with versions above the highest id the index held at the run
 * before: what was stored since. Version ids are taken at insert, though, and commit out of
 * order across nodes (a visit commits when it ends), so an id below that mark can still appear.
 * A visit never outlasts its page lease, so once every {@code sweep} (longer than the lease) a
 * run goes back to the mark of two sweeps ago, which is older than any visit still open then.
 * Each version is thus indexed a few times at most, never missed. Not thread-safe: one caller.
 */
final class IndexCatchUp implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);

  private final SearchIndex index;
  private final Duration sweep;
  private final Clock clock;
  private long lastRun;
  private long lastSweepMark;
  private long sweepMarkBefore;
  private Instant lastSweep;

  IndexCatchUp(SearchIndex index, Duration sweep, Clock clock) {
    this.index = index;
    this.sweep = sweep;
    this.clock = clock;
    this.lastRun = index.indexedThrough();
    this.lastSweepMark = lastRun;
    this.sweepMarkBefore = lastRun;
    this.lastSweep = clock.instant();
  }

  @Override
  public void run() {
    Instant now = clock.instant();
    long through = index.indexedThrough();
    long after = lastRun;
    if (!now.isBefore(lastSweep.plus(sweep))) {
      after = Math.min(after, sweepMarkBefore);
      sweepMarkBefore = lastSweepMark;
      lastSweepMark = through;
      lastSweep = now;
    }
    long pages = index.catchUpAfter(after);
    lastRun = through;
    if (pages > 0) {
      log.debug("search index: {} pages with versions after {} indexed", pages, after);
    }
  }
}

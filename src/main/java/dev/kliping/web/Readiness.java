package dev.kliping.web;

import dev.kliping.archive.Archive;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the daemon is doing its job, as {@code /readyz} reports it: the database answers, the
 * search index keeps up, the disk has room, and every outlet had a successful pass lately.
 * Thread-safe.
 */
public final class Readiness {
  /** One check: its name, whether it passed, and what was found. */
  public record Check(String name, boolean ok, String detail) {}

  /** An outlet and the interval of its schedule. */
  public record OutletSchedule(String id, Duration interval) {}

  /**
   * The bounds the checks hold the daemon to.
   *
   * @param lateFactor an outlet is late past this many intervals since its last success
   */
  public record Bounds(long maxIndexLag, long minFreeBytes, double lateFactor) {}

  private final Archive archive;
  private final DaemonMetrics metrics;
  private final List<OutletSchedule> outlets;
  private final Bounds bounds;
  private final Clock clock;
  private final Instant started;

  public Readiness(Archive archive, DaemonMetrics metrics, List<OutletSchedule> outlets,
      Bounds bounds, Clock clock) {
    this.archive = archive;
    this.metrics = metrics;
    this.outlets = List.copyOf(outlets);
    this.bounds = bounds;
    this.clock = clock;
    this.started = clock.instant();
  }

  /** Every check, in a fixed order. */
  public List<Check> checks() {
    List<Check> checks = new ArrayList<>();
    long lag;
    try {
      lag = metrics.indexLag();
      checks.add(new Check("database", true, "answers"));
    } catch (RuntimeException e) {
      checks.add(new Check("database", false, "does not answer: " + e.getMessage()));
      lag = -1;
    }
    if (lag >= 0) {
      checks.add(new Check("search_index", lag <= bounds.maxIndexLag(),
          lag + " versions not yet indexed (at most " + bounds.maxIndexLag() + ")"));
    }
    checks.add(disk());
    Instant now = clock.instant();
    for (OutletSchedule o : outlets) {
      checks.add(outlet(o, now));
    }
    return checks;
  }

  private Check disk() {
    try {
      long free = Files.getFileStore(archive.dir()).getUsableSpace();
      return new Check("disk", free >= bounds.minFreeBytes(), (free >> 20) + " MiB free in "
          + archive.dir() + " (at least " + (bounds.minFreeBytes() >> 20) + " MiB)");
    } catch (IOException e) {
      return new Check("disk", false, "cannot read the free space: " + e.getMessage());
    }
  }

  private Check outlet(OutletSchedule o, Instant now) {
    Duration allowed = Duration.ofSeconds((long) (o.interval().toSeconds() * bounds.lateFactor()));
    Instant last = archive.health(o.id(), LocalDate.ofInstant(now, ZoneOffset.UTC), now)
        .lastSuccess();
    String name = "outlet:" + o.id();
    if (last == null) {
      // A daemon just started has had no chance yet.
      boolean young = Duration.between(started, now).compareTo(allowed) <= 0;
      return new Check(name, young, "no successful pass yet (allowed " + allowed + ")");
    }
    Duration since = Duration.between(last, now);
    return new Check(name, since.compareTo(allowed) <= 0,
        "last successful pass " + since.toMinutes() + " min ago (allowed " + allowed.toMinutes()
            + " min)");
  }
}

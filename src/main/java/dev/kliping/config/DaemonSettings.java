package dev.kliping.config;

import java.util.List;
import java.util.Objects;

/**
 * How the daemon runs: where its read-only API listens, how often it looks for due revisits, and
 * the decaying revisit schedule that catches edits made after publication.
 *
 * @param apiPort the port of the JSON API on 127.0.0.1; 0 picks a free one
 * @param revisitCheckSeconds how often the revisit job looks for due pages
 * @param revisit the schedule, youngest stories first; after the last step revisits stop
 * @param defaultInterval how often an outlet without a {@code schedule} is crawled, e.g. "30m"
 * @param parallelPasses how many passes (of different outlets) may run at once
 * @param health the bounds {@code /readyz} checks
 */
public record DaemonSettings(int apiPort, int revisitCheckSeconds, List<RevisitStep> revisit,
    String defaultInterval, int parallelPasses, HealthSettings health) {

  public static final List<RevisitStep> DEFAULT_REVISIT = List.of(
      new RevisitStep("3h", "15m"),
      new RevisitStep("24h", "1h"),
      new RevisitStep("3d", "6h"),
      new RevisitStep("7d", "1d"),
      new RevisitStep("30d", "7d"));

  public static final DaemonSettings DEFAULTS =
      new DaemonSettings(8321, 60, DEFAULT_REVISIT, "30m", 4, HealthSettings.DEFAULTS);

  public DaemonSettings {
    revisit = List.copyOf(Objects.requireNonNullElse(revisit, DEFAULT_REVISIT));
    defaultInterval = Objects.requireNonNullElse(defaultInterval, "30m");
    health = Objects.requireNonNullElse(health, HealthSettings.DEFAULTS);
  }

  /** The default interval as a duration; the loader has checked that it parses. */
  public java.time.Duration interval() {
    return Durations.parse(defaultInterval);
  }
}

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
 * @param health the bounds {@code /readyz} checks
 */
public record DaemonSettings(int apiPort, int revisitCheckSeconds, List<RevisitStep> revisit,
    HealthSettings health) {

  public static final List<RevisitStep> DEFAULT_REVISIT = List.of(
      new RevisitStep("3h", "15m"),
      new RevisitStep("24h", "1h"),
      new RevisitStep("3d", "6h"),
      new RevisitStep("7d", "1d"),
      new RevisitStep("30d", "7d"));

  public static final DaemonSettings DEFAULTS = new DaemonSettings(8321, 60, DEFAULT_REVISIT,
      HealthSettings.DEFAULTS);

  public DaemonSettings {
    revisit = List.copyOf(Objects.requireNonNullElse(revisit, DEFAULT_REVISIT));
    health = Objects.requireNonNullElse(health, HealthSettings.DEFAULTS);
  }
}

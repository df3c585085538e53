package dev.kliping.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a day's counts the way an archivist would and says what looks wrong: drift (see
 * {@link Drift}), boilerplate leaking into bodies, an outlet that has not answered for a long
 * time.
 */
final class HealthAlerts {
  private static final Duration SILENCE = Duration.ofHours(24);

  private HealthAlerts() {}

  static List<String> of(HealthCounts c, HealthCounts before, boolean genericOnly,
      Instant lastSuccess, Instant now) {
    List<String> alerts = new ArrayList<>(Drift.alerts(c, before, genericOnly));
    if (c.boilerplateFound() > 0) {
      alerts.add(String.format("boilerplate in bodies: %d stored articles hold catalogue phrases",
          c.boilerplateFound()));
    }
    if (lastSuccess == null || lastSuccess.isBefore(now.minus(SILENCE))) {
      alerts.add(lastSuccess == null ? "never crawled successfully"
          : "no successful pass since " + lastSuccess);
    }
    return alerts;
  }
}

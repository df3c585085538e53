package dev.kliping.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a day's counts the way an archivist would and says what looks wrong: rules that stopped
 * matching (the sign of a redesigned site), missing dates, boilerplate leaking into bodies, an
 * outlet that has not answered for a long time.
 */
final class HealthAlerts {
  /** Below this many fetched articles a day's shares say little. */
  private static final int MIN_SAMPLE = 3;
  private static final Duration SILENCE = Duration.ofHours(24);

  private HealthAlerts() {}

  static List<String> of(HealthCounts c, Instant lastSuccess, Instant now) {
    List<String> alerts = new ArrayList<>();
    int extracted = c.extractedByRules() + c.fellBackToGeneric() + c.emptyBody();
    if (extracted >= MIN_SAMPLE && 2 * (c.fellBackToGeneric() + c.emptyBody()) > extracted) {
      alerts.add(String.format("rules stopped matching: %d of %d articles fell back to the"
          + " generic extractor or came out empty; the site may have changed its layout",
          c.fellBackToGeneric() + c.emptyBody(), extracted));
    }
    int stored = c.extractedByRules() + c.fellBackToGeneric();
    if (stored >= MIN_SAMPLE && 2 * c.missingDate() > stored) {
      alerts.add(String.format("dates missing: %d of %d articles have no publication date",
          c.missingDate(), stored));
    }
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

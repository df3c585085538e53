package dev.kliping.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an outlet's figures (of a pass or a day) against the days before and says whether the
 * site seems to have changed under us. An outlet with rules drifts when they stop matching; an
 * outlet read by the generic extractor alone has no rules to miss, so the check watches what can
 * still go wrong: pages that come back empty, titles or dates that go missing, articles that
 * shrink, feeds that find fewer articles. Pure; each alert is a sentence for an archivist.
 */
public final class Drift {
  /** Below this many articles (or passes) figures say little. */
  static final int MIN_SAMPLE = 3;

  private Drift() {}

  /**
   * @param now the figures of a pass or of today
   * @param before the figures of the days before, summed: what the outlet usually looks like
   * @param genericOnly whether the outlet has no rules (or {@code extract: generic})
   */
  public static List<String> alerts(HealthCounts now, HealthCounts before, boolean genericOnly) {
    List<String> alerts = new ArrayList<>();
    int tried = now.extracted() + now.emptyBody();
    int missed = now.fellBackToGeneric() + now.emptyBody();
    if (!genericOnly && tried >= MIN_SAMPLE && 2 * missed > tried) {
      alerts.add(String.format("rules stopped matching: %d of %d articles fell back to the"
          + " generic extractor or came out empty; the site may have changed its layout",
          missed, tried));
    }
    if (genericOnly && tried >= MIN_SAMPLE && 2 * now.emptyBody() > tried) {
      alerts.add(String.format("pages came back empty: %d of %d articles held no text that reads"
          + " as an article; the site may have changed its layout or be serving an error page",
          now.emptyBody(), tried));
    }
    int stored = now.extracted();
    if (stored >= MIN_SAMPLE && 2 * now.missingTitle() > stored) {
      alerts.add(String.format("titles missing: %d of %d articles have no title",
          now.missingTitle(), stored));
    }
    if (stored >= MIN_SAMPLE && 2 * now.missingDate() > stored) {
      alerts.add(String.format("dates missing: %d of %d articles have no publication date",
          now.missingDate(), stored));
    }
    shrank(now, before).ifPresent(alerts::add);
    fewerFound(now, before).ifPresent(alerts::add);
    return alerts;
  }

  /** Words per article fell to less than half of what the days before had. */
  private static Optional<String> shrank(HealthCounts now, HealthCounts before) {
    if (now.extracted() < MIN_SAMPLE || before.extracted() < MIN_SAMPLE) {
      return Optional.empty();
    }
    double today = (double) now.words() / now.extracted();
    double usual = (double) before.words() / before.extracted();
    return 2 * today < usual ? Optional.of(String.format("articles shrank: %.0f words"
        + " per article against %.0f in the days before; the extractor may be missing most of"
        + " the text", today, usual)) : Optional.empty();
  }

  /** Articles found per discovery pass fell to less than half of what the days before had. */
  private static Optional<String> fewerFound(HealthCounts now, HealthCounts before) {
    if (now.passes() < 1 || before.passes() < MIN_SAMPLE) {
      return Optional.empty();
    }
    double today = (double) now.discovered() / now.passes();
    double usual = (double) before.discovered() / before.passes();
    return usual >= MIN_SAMPLE && 2 * today < usual
        ? Optional.of(String.format("fewer articles found: %.1f per pass against %.1f"
            + " in the days before; a feed or listing may have moved", today, usual))
        : Optional.empty();
  }
}

package dev.kliping.crawl;

import dev.kliping.config.Durations;
import dev.kliping.config.RevisitStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When to fetch a story again: often while it is young and most likely to be edited, then less
 * and less, then never. NewsDiffs and diffengine revisit on fixed intervals; a decaying schedule
 * catches the same edits for far fewer requests, since most edits come in the first hours.
 */
public final class RevisitPolicy {
  private record Step(Duration until, Duration every) {}

  private final List<Step> steps;

  public RevisitPolicy(List<RevisitStep> steps) {
    this.steps = steps.stream()
        .map(s -> new Step(Durations.parse(s.until()), Durations.parse(s.every())))
        .toList();
  }

  /**
   * The next visit of a story first seen at {@code firstSeen} and visited at {@code now}, or null
   * when it is old enough to be left alone.
   */
  public Instant next(Instant firstSeen, Instant now) {
    Duration age = Duration.between(firstSeen, now);
    for (Step step : steps) {
      if (age.compareTo(step.until) < 0) {
        return now.plus(step.every);
      }
    }
    return null;
  }
}

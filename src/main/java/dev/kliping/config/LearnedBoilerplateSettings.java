package dev.kliping.config;

import java.time.Duration;

/**
 * How an outlet's boilerplate is learned from its archive: a paragraph stored identically in the
 * bodies of at least {@code minPages} different pages captured within {@code windowDays} days of
 * each other is dropped from later extractions (unless the outlet's rules {@code keep:} it).
 * {@code minPages} 0 turns learning off.
 */
public record LearnedBoilerplateSettings(Integer windowDays, Integer minPages) {

  public static final LearnedBoilerplateSettings DEFAULTS = new LearnedBoilerplateSettings(30, 3);

  public LearnedBoilerplateSettings {
    windowDays = windowDays == null ? 30 : windowDays;
    minPages = minPages == null ? 3 : minPages;
  }

  public Duration window() {
    return Duration.ofDays(windowDays);
  }

  public boolean enabled() {
    return minPages > 0;
  }
}

package dev.kliping.config;

import java.time.Duration;

/**
 * How an outlet's boilerplate is learned from its archive: a paragraph stored identically in the
 * bodies of at least {@code minPages} different pages captured within {@code windowDays} days of
 * each other is dropped from later extractions (unless the outlet's rules {@code keep:} it).
 * {@code minPages} 0 turns learning off; so does a configuration without the key, since a
 * version extracted with learned lines cannot be re-extracted from its WARC record alone (see
 * {@code rebuild}): the shipped {@code config/kliping.yaml} turns it on.
 */
public record LearnedBoilerplateSettings(Integer windowDays, Integer minPages) {

  public static final LearnedBoilerplateSettings DEFAULTS = new LearnedBoilerplateSettings(30, 0);

  public LearnedBoilerplateSettings {
    windowDays = windowDays == null ? 30 : windowDays;
    minPages = minPages == null ? 0 : minPages;
  }

  public Duration window() {
    return Duration.ofDays(windowDays);
  }

  public boolean enabled() {
    return minPages > 0;
  }
}

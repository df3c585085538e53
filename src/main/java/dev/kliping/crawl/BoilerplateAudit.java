package dev.kliping.crawl;

import dev.kliping.extract.Boilerplate;
import java.util.List;
import java.util.Locale;

/**
 * Tells whether a stored body still holds a catalogue phrase: boilerplate the extractor let
 * through, counted per outlet and day so leaks show in {@code kliping status}.
 */
final class BoilerplateAudit {
  private final List<String> starting;
  private final List<String> equal;
  private final List<String> containing;

  BoilerplateAudit(Boilerplate catalogue) {
    this.starting = lower(catalogue.dropLinesStarting());
    this.equal = lower(catalogue.dropLinesEqual());
    this.containing = lower(catalogue.dropLinesContaining());
  }

  boolean leaks(List<String> paragraphs) {
    for (String paragraph : paragraphs) {
      String p = paragraph.toLowerCase(Locale.ROOT).strip();
      if (equal.contains(p) || starting.stream().anyMatch(p::startsWith)
          || containing.stream().anyMatch(p::contains)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> lower(List<String> phrases) {
    return phrases.stream().map(s -> s.toLowerCase(Locale.ROOT).strip())
        .filter(s -> !s.isEmpty()).toList();
  }
}

package dev.kliping.crawl;

import dev.kliping.archive.Archive;
import dev.kliping.archive.RepeatedParagraph;
import dev.kliping.config.LearnedBoilerplateSettings;
import dev.kliping.extract.LearnedBoilerplate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each outlet's boilerplate as learned from its archive, read again at the start of every pass
 * and handed to the extractor with each page (extraction itself never reads the archive). What a
 * pass learns from its own new versions applies from the next pass on. Thread-safe.
 */
final class LearnedLines {
  private final Archive archive;
  private final LearnedBoilerplateSettings settings;
  private final Map<String, LearnedBoilerplate> current = new ConcurrentHashMap<>();

  LearnedLines(Archive archive, LearnedBoilerplateSettings settings) {
    this.archive = archive;
    this.settings = settings;
  }

  /** Learns the outlet's lines anew from its stored bodies. */
  void refresh(String outletId) {
    if (!settings.enabled()) {
      return;
    }
    current.put(outletId, LearnedBoilerplate.of(
        archive.repeatedParagraphs(outletId, settings.window(), settings.minPages()).stream()
            .map(RepeatedParagraph::text).toList()));
  }

  /** The outlet's learned lines as last refreshed; none before the first refresh. */
  LearnedBoilerplate of(String outletId) {
    return current.getOrDefault(outletId, LearnedBoilerplate.NONE);
  }
}

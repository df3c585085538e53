package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.archive.RepeatedParagraph;
import dev.kliping.config.LearnedBoilerplateSettings;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.extract.LearnedBoilerplate;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kliping boilerplate --outlet ID}: the outlet's boilerplate as learned from its archive,
 * each line with the number of pages it was stored on and its first and last sighting.
 */
@Command(name = "boilerplate", mixinStandardHelpOptions = true,
    description = "Lists the boilerplate learned from an outlet's archive: paragraphs stored "
        + "identically on several of its pages, which later extractions drop.")
final class BoilerplateCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Option(names = "--outlet", paramLabel = "ID", required = true, description = "The outlet.")
  String outlet;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  ArchiveOptions.Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = options.settings();
    OutletConfig config = settings.outlet(outlet)
        .orElseThrow(() -> new UsageException("unknown outlet '" + outlet + "'"));
    LearnedBoilerplateSettings learning = settings.main().learnedBoilerplate();
    ArchiveAccess.Reach reach = ArchiveAccess.open(options.archiveDir(settings),
        options.archiveOptions(settings));
    if (reach.archive() == null) {
      spec.commandLine().getErr().println("kliping: a running daemon holds the archive; "
          + "stop it to list learned boilerplate");
      return 1;
    }
    List<RepeatedParagraph> lines;
    try (Archive archive = reach.archive()) {
      lines = learning.enabled()
          ? archive.repeatedParagraphs(outlet, learning.window(), learning.minPages())
          : List.of();
    }
    Set<String> kept = config.rules().keep().stream().map(LearnedBoilerplate::key)
        .collect(Collectors.toSet());
    PrintWriter out = spec.commandLine().getOut();
    if (format == ArchiveOptions.Format.json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (RepeatedParagraph p : lines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", p.text());
        m.put("count", p.pages());
        m.put("first_seen", p.firstSeen().toString());
        m.put("last_seen", p.lastSeen().toString());
        m.put("kept", kept.contains(LearnedBoilerplate.key(p.text())));
        rows.add(m);
      }
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("outlet", outlet);
      doc.put("window_days", learning.windowDays());
      doc.put("min_pages", learning.minPages());
      doc.put("lines", rows);
      out.println(Json.line(doc));
    } else {
      out.printf("%s: %d learned lines (on >= %d pages within %d days)%n", outlet, lines.size(),
          learning.minPages(), learning.windowDays());
      if (!lines.isEmpty()) {
        out.printf("%5s  %-20s  %-20s  %s%n", "pages", "first seen", "last seen", "line");
      }
      for (RepeatedParagraph p : lines) {
        boolean keep = kept.contains(LearnedBoilerplate.key(p.text()));
        out.printf("%5d  %-20s  %-20s  %s%s%n", p.pages(), p.firstSeen(), p.lastSeen(),
            keep ? "[keep] " : "", p.text());
      }
    }
    out.flush();
    return 0;
  }
}

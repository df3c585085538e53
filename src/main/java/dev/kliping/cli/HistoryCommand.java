package dev.kliping.cli;

import dev.kliping.archive.PageEvent;
import dev.kliping.archive.PageHistory;
import dev.kliping.archive.VersionInfo;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kliping history URL}: every version of one page, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Lists a page's versions: number, captured at, title, words, hash, change.")
final class HistoryCommand implements Callable<Integer> {
  @Mixin ArchiveOptions options;

  @Parameters(paramLabel = "URL", description = "The page's URL.")
  String url;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PageHistory history = ArchiveAccess.ask(options.archiveDir(), options.archiveOptions(), a -> a.history(url),
        "/api/pages", Map.of("url", url), Json.type(PageHistory.class)).orElse(null);
    PrintWriter out = spec.commandLine().getOut();
    if (history == null) {
      spec.commandLine().getErr().println("kliping: no such page in the archive: " + url);
      return 1;
    }
    if (options.format == ArchiveOptions.Format.json) {
      out.println(Json.line(history));
    } else {
      TerminalText.printf(out, "%s (%s), first seen %s, %d versions%n", history.url(), history.outletId(),
          history.firstSeen(), history.versions().size());
      for (VersionInfo v : history.versions()) {
        TerminalText.printf(out, "%3d  %s  %6d words  %s  %s%n     %s%n", v.number(), v.capturedAt(),
            v.words(), shortHash(v.contentHash()), v.title(), change(v));
      }
      for (PageEvent e : history.events()) {
        TerminalText.printf(out, "  %s  %s (%s)%n", e.at(), e.kind(), e.detail());
      }
    }
    out.flush();
    return 0;
  }

  /**
   * What the version is: the first, a re-extraction (set apart, since the outlet changed nothing),
   * or an edit with its significance and kinds; then the word summary.
   */
  static String change(VersionInfo v) {
    String notice = v.correction() ? " (carries a correction notice)" : "";
    return switch (v.cause()) {
      case FIRST -> v.changeSummary() + notice;
      case REEXTRACTION -> "RE-EXTRACTION, not an edit: our rules changed (rules "
          + shortHash(v.provenance().rulesHash()) + ", " + v.provenance().extractor() + "): "
          + v.changeSummary();
      case EDIT -> (v.significance() == null ? "edit" : v.significance().label() + " edit")
          + (v.kinds().isEmpty() ? "" : " [" + CompareCommand.kinds(v.kinds()) + "]") + ": "
          + v.changeSummary() + notice;
    };
  }

  private static String shortHash(String hash) {
    return hash == null || hash.length() < 12 ? String.valueOf(hash) : hash.substring(0, 12);
  }
}

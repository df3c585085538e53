package dev.kliping.cli;

import dev.kliping.archive.VersionDiff;
import dev.kliping.version.FieldChange;
import dev.kliping.version.WordChange;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kliping diff URL}: what changed between two versions of a page, word by word. Text output
 * marks removed words as {@code [-...-]} and added ones as <code>{+...+}</code>, as git does.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Shows the word-level diff of title and body between two versions.")
final class DiffCommand implements Callable<Integer> {
  @Mixin ArchiveOptions options;

  @Parameters(paramLabel = "URL", description = "The page's URL.")
  String url;

  @Option(names = "--from", paramLabel = "N", description = "The older version (default: the one before --to).")
  Integer from;

  @Option(names = "--to", paramLabel = "M", description = "The newer version (default: the latest).")
  Integer to;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Map<String, String> params = new HashMap<>(Map.of("url", url));
    if (from != null) {
      params.put("from", from.toString());
    }
    if (to != null) {
      params.put("to", to.toString());
    }
    VersionDiff diff = ArchiveAccess.ask(options.archiveDir(), options.archiveOptions(), a -> a.diff(url, from, to),
        "/api/diff", params, Json.type(VersionDiff.class)).orElse(null);
    if (diff == null) {
      spec.commandLine().getErr().println(
          "kliping: no such versions of " + url + " (see `kliping history " + url + "`)");
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (options.format == ArchiveOptions.Format.json) {
      out.println(Json.line(diff));
    } else {
      printText(diff, out);
    }
    out.flush();
    return 0;
  }

  private static void printText(VersionDiff diff, PrintWriter out) {
    TerminalText.printf(out, "%s: version %d (%s) -> version %d (%s)%n%s%n", diff.url(), diff.from(),
        diff.fromCapturedAt(), diff.to(), diff.toCapturedAt(), diff.summary());
    for (FieldChange f : diff.fields()) {
      TerminalText.printf(out, "%s: %s -> %s%n", f.field(), f.before(), f.after());
    }
    printChanges("title", diff.title(), out);
    printChanges("body", diff.body(), out);
  }

  private static void printChanges(String field, List<WordChange> changes, PrintWriter out) {
    for (WordChange c : changes) {
      StringBuilder line = new StringBuilder(field).append(" @ word ").append(c.position())
          .append(": ");
      if (!c.oldWords().isEmpty()) {
        line.append("[-").append(TerminalText.safe(String.join(" ", c.oldWords()))).append("-]");
      }
      if (!c.newWords().isEmpty()) {
        line.append("{+").append(TerminalText.safe(String.join(" ", c.newWords()))).append("+}");
      }
      out.println(line);
    }
  }
}

package dev.kliping.cli;

import dev.kliping.archive.CopiedPassage;
import dev.kliping.archive.CopyView;
import dev.kliping.archive.ReuseView;
import dev.kliping.archive.StoryPageView;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kliping reuse URL}: a page's story, and the passages it copied or others copied. */
@Command(name = "reuse", mixinStandardHelpOptions = true,
    description = "Shows a page's story, the outlets that also covered it, and the passages it "
        + "copied from earlier articles or that later articles copied from it.")
final class ReuseCommand implements Callable<Integer> {
  @Mixin ArchiveOptions options;

  @Parameters(paramLabel = "URL", description = "The page's URL.")
  String url;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ReuseView view = ArchiveAccess.ask(options.archiveDir(), options.archiveOptions(), a -> a.stories().reuse(url),
        "/api/reuse", Map.of("url", url), Json.type(ReuseView.class)).orElse(null);
    if (view == null) {
      spec.commandLine().getErr().println("kliping: no such page in the archive: " + url);
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (options.format == ArchiveOptions.Format.json) {
      out.println(Json.line(view));
    } else {
      out.printf("%s (%s), story %s%n", view.url(), view.outletId(),
          view.storyId() == null ? "none yet" : view.storyId());
      for (StoryPageView p : view.alsoCoveredBy()) {
        out.printf("  also covered by %-10s %s  %s%n", p.outletId(), p.at(), p.url());
      }
      for (CopyView c : view.copiedFrom()) {
        print(out, "copies", c.targetShare(), c.source().outletId(), c.source().url(), c);
      }
      for (CopyView c : view.copiedBy()) {
        print(out, "copied by", c.sourceShare(), c.target().outletId(), c.target().url(), c);
      }
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, String what, double share, String outlet,
      String url, CopyView c) {
    out.printf("  %s %d%% %s %s %s (%d passages, by %s)%s%n", what, Math.round(share * 100),
        what.equals("copies") ? "from" : "of it:", outlet, url, c.passages().size(),
        c.directionBy(), c.republication() ? ", a republication" : "");
    if (!c.credits().isEmpty()) {
      out.printf("    credits: %s%n", String.join(" | ", c.credits()));
    }
    for (CopiedPassage p : c.passages()) {
      out.printf("    [%d words] %s%n", p.words(), p.text());
    }
  }
}

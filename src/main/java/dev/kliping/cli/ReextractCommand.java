package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.crawl.Reextraction;
import dev.kliping.extract.ArticleExtractor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kliping reextract}: re-runs today's rules over the stored captures (from the WARC files)
 * and stores each text that changes as a re-extraction, never as a publisher edit.
 */
@Command(name = "reextract", mixinStandardHelpOptions = true,
    description = {"Re-runs today's extraction rules over the capture behind each page's latest "
        + "version, read from the WARC files, and stores every text that changes as a "
        + "re-extraction (not a publisher edit). Prints per outlet how many texts changed and why.",
        "Run it while no daemon holds the archive."})
final class ReextractCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Option(names = "--outlet", paramLabel = "ID",
      description = "Only this outlet (repeatable; default: every configured outlet).")
  List<String> outlets = new ArrayList<>();

  @Option(names = "--dry-run", description = "Report what would change; store nothing.")
  boolean dryRun;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = options.settings();
    List<OutletConfig> chosen = new ArrayList<>();
    for (String id : outlets) {
      chosen.add(settings.outlet(id)
          .orElseThrow(() -> new UsageException("unknown outlet '" + id + "'")));
    }
    if (chosen.isEmpty()) {
      chosen.addAll(settings.outlets());
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Archive archive = Archive.open(options.archiveDir(settings),
        options.archiveOptions(settings))) {
      Reextraction reextraction = Reextraction.offline(archive,
          new ArticleExtractor(settings.boilerplate()), settings.boilerplate(),
          settings.main().learnedBoilerplate());
      for (OutletConfig outlet : chosen) {
        Reextraction.OutletReport r = reextraction.reextract(outlet, dryRun);
        out.printf("%s: %d pages, %d texts %s, %d without an article now%n", r.outlet(),
            r.pages(), r.changed(), dryRun ? "would change (dry run: nothing stored)"
                : "changed (stored as re-extractions)", r.noArticle());
        for (Map.Entry<String, Integer> e : r.why().entrySet()) {
          out.printf("  %d: %s%n", e.getValue(), e.getKey());
        }
        out.flush();
      }
    }
    return 0;
  }
}

package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.archive.DatabaseRebuild;
import dev.kliping.stories.StoryRecompute;
import dev.kliping.config.Settings;
import dev.kliping.durability.ConfiguredResponses;
import dev.kliping.extract.ArticleExtractor;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kliping rebuild}: recreates a damaged archive database from the WARC files. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
    description = {"Recreates the archive database from the WARC files: the old kliping.mv.db is "
        + "kept as kliping.mv.db.damaged-<time>, and every recorded response is replayed in "
        + "order into a fresh one (captures, pages, versions re-extracted with today's rules).",
        "Not rebuilt: fetches that got no response, outlet health, revisit schedules."})
final class RebuildCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = options.settings();
    if (options.archiveOptions(settings).database() != null) {
      throw new UsageException("rebuild recreates the H2 file kliping.mv.db from the WARC files;"
          + " to rebuild a PostgreSQL archive, rebuild without --database (and without"
          + " database.url in the config) into H2, then copy it with migrate-archive --to URL");
    }
    DatabaseRebuild.Result r = DatabaseRebuild.rebuild(options.archiveDir(settings),
        new ConfiguredResponses(settings, new ArticleExtractor(settings.boilerplate())),
        Clock.systemUTC());
    PrintWriter out = spec.commandLine().getOut();
    if (r.damaged() != null) {
      out.println("old database kept as " + r.damaged());
    }
    out.printf("rebuilt from %d WARC files: %d captures, %d pages, %d versions%n",
        r.warcFiles(), r.captures(), r.pages(), r.versions());
    try (Archive archive = Archive.open(options.archiveDir(settings), options.archiveOptions(settings))) {
      StoryRecompute.run(archive.stories());
      out.printf("stories recomputed: %d%n", archive.stories().list(null, null, null).size());
    }
    out.flush();
    return 0;
  }
}

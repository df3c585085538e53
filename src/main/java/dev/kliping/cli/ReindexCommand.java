package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.search.SearchIndex;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kliping reindex}: rebuilds the search index from the archive database. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuilds the search index (archive/index/) from the database.")
final class ReindexCommand implements Callable<Integer> {
  @Mixin ConfigOptions config;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    long n;
    try (Archive archive = Archive.open(config.archiveDir(config.settings()),
        config.archiveOptions(config.settings()));
        SearchIndex index = SearchIndex.rebuilt(archive)) {
      n = index.size();
    }
    spec.commandLine().getOut().printf("indexed %d versions in %.1f s%n", n,
        (System.nanoTime() - start) / 1e9);
    spec.commandLine().getOut().flush();
    return 0;
  }
}

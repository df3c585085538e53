package dev.kliping.cli;

import dev.kliping.bench.Disk;
import dev.kliping.bench.SearchBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kliping benchmark-search}: builds a synthetic archive from the fixtures, indexes it, and
 * prints search latency per query type, the heap, export speed and index size.
 */
@Command(name = "benchmark-search", mixinStandardHelpOptions = true,
    description = "Measures search latency (p50/p95/max per query type, directly and over HTTP),"
        + " heap, export rows per second and index bytes per version on a synthetic archive made"
        + " from the fixtures.")
final class BenchmarkSearchCommand implements Callable<Integer> {
  @Option(names = "--versions", defaultValue = "100000", description = "Versions to make (default: ${DEFAULT-VALUE}).")
  int versions;

  @Option(names = "--golden", paramLabel = "DIR", defaultValue = "src/test/resources/golden",
      description = "The fixtures' golden articles (default: ${DEFAULT-VALUE}).")
  Path golden;

  @Option(names = "--dir", paramLabel = "DIR", description = "Build the archive here and keep it;"
      + " an archive already there is reused as it is (default: a temporary folder, deleted"
      + " after).")
  Path dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (versions < 1) {
      throw new UsageException("--versions must be at least 1, not " + versions);
    }
    boolean temporary = dir == null;
    Path where = temporary ? Files.createTempDirectory("kliping-bench-") : dir;
    try {
      new SearchBenchmark(golden, spec.commandLine().getOut()).run(where, versions);
    } finally {
      if (temporary) {
        Disk.delete(where);
      }
    }
    return 0;
  }

}

package dev.kliping.cli;

import dev.kliping.bench.Disk;
import dev.kliping.archive.Archive;
import dev.kliping.bench.StoryBenchmark;
import dev.kliping.bench.SyntheticStories;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kliping benchmark-stories}: attaches a synthetic news stream made from the fixtures to
 * stories and measures it against what was planted.
 */
@Command(name = "benchmark-stories", mixinStandardHelpOptions = true,
    description = "Measures story membership and copied-passage precision and recall against a"
        + " planted synthetic archive, and articles attached per second.")
final class BenchmarkStoriesCommand implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "100000",
      description = "Articles to make (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: 42).")
  long seed;

  @Option(names = "--golden", paramLabel = "DIR", defaultValue = "src/test/resources/golden",
      description = "The fixtures' golden articles (default: ${DEFAULT-VALUE}).")
  Path golden;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (articles < 1) {
      throw new UsageException("--articles must be at least 1, not " + articles);
    }
    PrintWriter out = spec.commandLine().getOut();
    SyntheticStories news = new SyntheticStories(golden);
    Path dir = Files.createTempDirectory("kliping-stories-bench-");
    try (Archive archive = Archive.open(dir)) {
      new StoryBenchmark(out).run(archive, news.generate(articles, seed));
    } finally {
      Disk.delete(dir);
    }
    out.flush();
    return 0;
  }
}

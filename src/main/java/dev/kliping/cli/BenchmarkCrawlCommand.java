package dev.kliping.cli;

import dev.kliping.bench.CrawlBenchmark;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kliping benchmark-crawl}: crawls a synthetic replay twice and revisits it, printing pages
 * per second, time per stage and what the archive takes on disk.
 */
@Command(name = "benchmark-crawl", mixinStandardHelpOptions = true,
    description = "Crawls a synthetic replay of N articles over K outlets twice (P% edited the"
        + " second time), revisits it over simulated hours, and prints pages per second, time per"
        + " stage and bytes on disk per version.")
final class BenchmarkCrawlCommand implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "10000", description = "N (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--outlets", defaultValue = "5", description = "K (default: ${DEFAULT-VALUE}).")
  int outlets;

  @Option(names = "--edits", defaultValue = "10",
      description = "P, the percentage of articles edited before the second pass"
          + " (default: ${DEFAULT-VALUE}).")
  int edits;

  @Option(names = "--revisit-hours", defaultValue = "24",
      description = "Simulated hours of revisits after the passes, 0 for none"
          + " (default: ${DEFAULT-VALUE}).")
  int revisitHours;

  @Option(names = "--revisit-limit", defaultValue = "25",
      description = "Articles each outlet revisits at most per simulated quarter hour"
          + " (default: ${DEFAULT-VALUE}).")
  int revisitLimit;

  @Option(names = "--warm-up", paramLabel = "W",
      description = "Articles first crawled into a scratch archive, so the passes run on a JVM"
          + " that has compiled the crawl's code; that cold rate is printed apart, 0 for none"
          + " (default: as many as --articles).")
  Integer warmUp;

  @Option(names = "--wiremock",
      description = "Serve the replay with WireMock, as --replay does, instead of from memory.")
  boolean wireMock;

  @Option(names = "--fixtures", paramLabel = "DIR", defaultValue = "src/test/resources/replay",
      description = "The replay whose article pages the articles are made from"
          + " (default: ${DEFAULT-VALUE}).")
  Path fixtures;

  @Option(names = "--work", paramLabel = "DIR",
      description = "An empty folder for the replay and the archive (default: a new temporary"
          + " folder).")
  Path work;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (articles < 1 || outlets < 1 || outlets > articles) {
      throw new UsageException("--outlets must be from 1 to --articles: " + outlets);
    }
    if (edits < 0 || edits > 100) {
      throw new UsageException("--edits must be a percentage from 0 to 100: " + edits);
    }
    if (revisitHours < 0 || revisitLimit < 1) {
      throw new UsageException("--revisit-hours must be 0 or more and --revisit-limit 1 or more");
    }
    if (warmUp != null && warmUp < 0) {
      throw new UsageException("--warm-up must be 0 or more: " + warmUp);
    }
    if (!Files.isDirectory(fixtures)) {
      throw new UsageException("fixtures folder not found: " + fixtures
          + " (run from the project folder or pass --fixtures)");
    }
    Path dir = work == null ? Files.createTempDirectory("kliping-crawl-bench") : work;
    if (work != null) {
      Files.createDirectories(dir);
      try (var entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new UsageException("--work must be an empty folder: " + dir);
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    CrawlBenchmark.run(new CrawlBenchmark.Setup(fixtures, dir, articles, outlets, edits, wireMock,
        revisitHours, revisitLimit, warmUp == null ? articles : warmUp), out);
    out.printf("work folder: %s%n", dir);
    out.flush();
    return 0;
  }
}

package dev.kliping.cli;

import dev.kliping.bench.StartupBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kliping benchmark-startup}: how long the one-shot commands take as whole processes,
 * against a bare JVM on the same class path.
 */
@Command(name = "benchmark-startup", mixinStandardHelpOptions = true,
    description = "Times extract, --version, --help, status, history, diff and search as whole"
        + " child processes (median wall and CPU milliseconds), against a bare JVM and a bare"
        + " jsoup parse of the same pages on the same class path.")
final class BenchmarkStartupCommand implements Callable<Integer> {
  @Option(names = "--pages", paramLabel = "DIR", defaultValue = "../shared/benchmarks/aeb/html",
      description = "The pages extract reads (.html, .html.gz) (default: ${DEFAULT-VALUE}).")
  Path pages;

  @Option(names = "--replay", paramLabel = "DIR", defaultValue = "src/test/resources/replay",
      description = "The replay crawled into the archive the query commands read"
          + " (default: ${DEFAULT-VALUE}).")
  Path replay;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
      description = "Timed rounds after one untimed round; the median counts"
          + " (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--warmups", paramLabel = "N", defaultValue = "1",
      description = "Untimed rounds first, to warm the disk cache (default: ${DEFAULT-VALUE}).")
  int warmups;

  @Option(names = "--jar", paramLabel = "JAR",
      description = "Also time kliping started from this jar (e.g. an older build); repeatable.")
  List<Path> jars = new ArrayList<>();

  @Option(names = "--launcher", paramLabel = "FILE",
      description = "Also time kliping started by this program (e.g. bin/kliping); repeatable.")
  List<Path> launchers = new ArrayList<>();

  @Option(names = "--work", paramLabel = "DIR",
      description = "An empty folder for the archive and the children's output (default: a new"
          + " temporary folder).")
  Path work;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (runs < 1 || warmups < 0) {
      throw new UsageException("--runs must be at least 1 and --warmups at least 0");
    }
    for (Path dir : List.of(pages, replay)) {
      if (!Files.isDirectory(dir)) {
        throw new UsageException("no such folder: " + dir);
      }
    }
    List<Path> pageFiles = StartupBenchmark.pages(pages);
    if (pageFiles.isEmpty()) {
      throw new UsageException("--pages: no .html or .html.gz files in " + pages);
    }
    Path dir = work != null ? Files.createDirectories(work)
        : Files.createTempDirectory("kliping-startup");
    StartupBenchmark bench = new StartupBenchmark(System.getProperty("java.class.path"), dir);
    List<StartupBenchmark.Launch> launches = new ArrayList<>(List.of(bench.self()));
    jars.forEach(jar -> launches.add(bench.jar(jar)));
    launchers.forEach(l -> launches.add(new StartupBenchmark.Launch(l.toString(),
        List.of(l.toAbsolutePath().toString()))));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("startup benchmark: %d pages from %s; median of %d rounds, each command a whole"
        + " child JVM; CPU is the child's user + system time; x is the ratio to the bare JVM"
        + " (extract's to the bare jsoup parse)%n", pageFiles.size(), pages, runs);
    out.flush();
    StartupBenchmark.print(bench.run(launches, pageFiles, replay, BenchmarkStartupCommand::crawl,
        warmups, runs, out), out);
    return 0;
  }

  /** The archive is made in this JVM: only the commands timed on it run as children. */
  private static void crawl(Path replay, Path archive) throws IOException {
    String[] args = {"crawl", "--replay", replay.toString(), "--archive", archive.toString()};
    int code = Main.commandLine(false, args).setOut(new PrintWriter(Writer.nullWriter()))
        .execute(args);
    if (code != 0) {
      throw new IOException("crawl --replay " + replay + " --archive " + archive
          + " exited with " + code);
    }
  }
}

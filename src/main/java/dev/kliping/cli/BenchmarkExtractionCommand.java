package dev.kliping.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.kliping.bench.AebCorpus;
import dev.kliping.bench.ExtractionBenchmark;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.extract.Boilerplate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kliping benchmark-extraction}: scores the generic extractor on one or more benchmark
 * sets in one run, one row per set and their mean, so that a change tuned on one set is seen at
 * once on the others.
 */
@Command(name = "benchmark-extraction", mixinStandardHelpOptions = true,
    description = "Run the generic extractor over benchmark sets (AEB layout: ground-truth.json "
        + "and html/) and print F1, precision, recall, accuracy and speed against a bare jsoup "
        + "parse, one row per set and the mean.")
public final class BenchmarkExtractionCommand implements Callable<Integer> {

  static final List<Path> DEFAULT_SETS = List.of(Path.of("../shared/benchmarks/aeb"),
      Path.of("../shared/benchmarks/readability"));

  @Spec
  CommandSpec spec;

  @Option(names = {"--set", "--aeb"}, paramLabel = "DIR",
      description = "A benchmark folder (ground-truth.json and html/); repeatable. "
          + "Default: ../shared/benchmarks/aeb and ../shared/benchmarks/readability")
  List<Path> sets;

  @Option(names = "--boilerplate", paramLabel = "FILE",
      defaultValue = "config/boilerplate/id.yaml",
      description = "Default boilerplate catalogue; none when the file is missing. "
          + "Default: ${DEFAULT-VALUE}")
  Path boilerplate;

  @Option(names = "--pages", description = "Also print each page's scores, worst first.")
  boolean perPage;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
      description = "Warm-up rounds and timed rounds (the fastest counts). Default: ${DEFAULT-VALUE}")
  int rounds;

  @Option(names = "--dump", paramLabel = "DIR",
      description = "Write each page's extracted text to DIR/<set>/<page>.txt, to diff against "
          + "the ground truth.")
  Path dump;

  /** One set's name and report. */
  private record Row(String name, ExtractionBenchmark.Report report) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> dirs = sets == null || sets.isEmpty() ? DEFAULT_SETS : sets;
    if (rounds < 1) {
      throw new UsageException("--rounds must be at least 1, was " + rounds);
    }
    for (Path dir : dirs) {
      if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
        spec.commandLine().getErr().println(
            "no benchmark at " + dir + " (ground-truth.json missing)");
        return 2;
      }
    }
    ExtractionBenchmark bench = new ExtractionBenchmark(new ArticleExtractor(catalogue()), rounds);
    List<Row> rows = new ArrayList<>();
    for (Path dir : dirs) {
      Row row = new Row(name(dir), bench.run(AebCorpus.load(dir)));
      rows.add(row);
      if (perPage) {
        perPage(out, row);
      }
      if (dump != null) {
        dump(row);
      }
    }
    out.printf(Locale.ROOT, "%-14s %6s %8s %10s %8s %9s %10s %7s%n", "set", "pages", "F1",
        "precision", "recall", "accuracy", "pages/s", "ratio");
    double f1 = 0;
    double precision = 0;
    double recall = 0;
    double accuracy = 0;
    for (Row row : rows) {
      var s = row.report().summary();
      out.printf(Locale.ROOT, "%-14s %6d %8.4f %10.4f %8.4f %9.4f %10.1f %7.2f%n", row.name(),
          s.pages(), s.f1(), s.precision(), s.recall(), s.accuracy(),
          row.report().pagesPerSecond(), row.report().ratio());
      f1 += s.f1();
      precision += s.precision();
      recall += s.recall();
      accuracy += s.accuracy();
    }
    int n = rows.size();
    out.printf(Locale.ROOT, "%-14s %6s %8.4f %10.4f %8.4f %9.4f%n", "mean", "", f1 / n,
        precision / n, recall / n, accuracy / n);
    for (Row row : rows) {
      var slowest = row.report().slowest();
      out.printf(Locale.ROOT, "slowest in %s: %s %d ms (extraction %d ms, bare jsoup parse %d ms)%n",
          row.name(), slowest.id(), slowest.nanos() / 1_000_000,
          row.report().extractNanos() / 1_000_000, row.report().parseNanos() / 1_000_000);
    }
    out.flush();
    return 0;
  }

  private static String name(Path dir) {
    Path file = dir.toAbsolutePath().normalize().getFileName();
    return file == null ? dir.toString() : file.toString();
  }

  private static void perPage(PrintWriter out, Row row) {
    row.report().pages().stream()
        .sorted(Comparator.comparingDouble(p -> p.score().f1()))
        .forEach(p -> out.printf(Locale.ROOT, "%s/%s  P %.3f  R %.3f  F1 %.3f  %4d ms%n",
            row.name(), p.id(), p.score().precision(), p.score().recall(), p.score().f1(),
            p.nanos() / 1_000_000));
  }

  private void dump(Row row) throws IOException {
    Path dir = dump.resolve(row.name());
    Files.createDirectories(dir);
    for (var p : row.report().pages()) {
      Files.writeString(dir.resolve(p.id() + ".txt"), p.predicted(), StandardCharsets.UTF_8);
    }
  }

  private Boilerplate catalogue() throws IOException {
    if (!Files.isRegularFile(boilerplate)) {
      return Boilerplate.NONE;
    }
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    return yaml.readValue(boilerplate.toFile(), Boilerplate.class);
  }
}

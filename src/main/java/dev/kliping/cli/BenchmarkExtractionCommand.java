package dev.kliping.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.kliping.bench.AebCorpus;
import dev.kliping.bench.ExtractionBenchmark;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.extract.Boilerplate;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kliping benchmark-extraction}: scores the generic extractor on the AEB pages. */
@Command(name = "benchmark-extraction", mixinStandardHelpOptions = true,
    description = "Run the generic extractor over the article extraction benchmark (AEB) and "
        + "print F1, precision, recall, accuracy and speed against a bare jsoup parse.")
public final class BenchmarkExtractionCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--aeb", paramLabel = "PATH", defaultValue = "../shared/benchmarks/aeb",
      description = "The benchmark folder (ground-truth.json and html/). Default: ${DEFAULT-VALUE}")
  Path aeb;

  @Option(names = "--boilerplate", paramLabel = "FILE",
      defaultValue = "config/boilerplate/id.yaml",
      description = "Default boilerplate catalogue; none when the file is missing. "
          + "Default: ${DEFAULT-VALUE}")
  Path boilerplate;

  @Option(names = "--pages", description = "Also print each page's scores, worst first.")
  boolean perPage;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(aeb.resolve("ground-truth.json"))) {
      spec.commandLine().getErr().println("no benchmark at " + aeb + " (ground-truth.json missing)");
      return 2;
    }
    List<AebCorpus.Page> corpus = AebCorpus.load(aeb);
    var report = new ExtractionBenchmark(new ArticleExtractor(catalogue())).run(corpus);
    if (perPage) {
      report.pages().stream()
          .sorted(Comparator.comparingDouble(p -> p.score().f1()))
          .forEach(p -> out.printf(Locale.ROOT, "%s  P %.3f  R %.3f  F1 %.3f  %4d ms%n", p.id(),
              p.score().precision(), p.score().recall(), p.score().f1(), p.nanos() / 1_000_000));
    }
    var s = report.summary();
    var slowest = report.slowest();
    out.printf(Locale.ROOT, "pages      %d%n", s.pages());
    out.printf(Locale.ROOT, "F1         %.4f%n", s.f1());
    out.printf(Locale.ROOT, "precision  %.4f%n", s.precision());
    out.printf(Locale.ROOT, "recall     %.4f%n", s.recall());
    out.printf(Locale.ROOT, "accuracy   %.4f%n", s.accuracy());
    out.printf(Locale.ROOT, "speed      %.1f pages/s (extraction %d ms, bare jsoup parse %d ms,"
        + " ratio %.2f)%n", report.pagesPerSecond(), report.extractNanos() / 1_000_000,
        report.parseNanos() / 1_000_000, report.ratio());
    out.printf(Locale.ROOT, "slowest    %s %d ms%n", slowest.id(), slowest.nanos() / 1_000_000);
    out.flush();
    return 0;
  }

  private Boilerplate catalogue() throws java.io.IOException {
    if (!Files.isRegularFile(boilerplate)) {
      return Boilerplate.NONE;
    }
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    return yaml.readValue(boilerplate.toFile(), Boilerplate.class);
  }
}

package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.export.ExportFormat;
import dev.kliping.export.Exporter;
import dev.kliping.export.Progress;
import dev.kliping.search.Moments;
import dev.kliping.search.SearchIndex;
import dev.kliping.search.SearchQuery;
import dev.kliping.search.SyntheticArchive;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kliping benchmark-search}: builds a synthetic archive from the fixtures, indexes it, and
 * prints search latency, export speed and index size.
 */
@Command(name = "benchmark-search", mixinStandardHelpOptions = true,
    description = "Measures search latency (p50/p95), export rows per second and index bytes per"
        + " version on a synthetic archive made from the fixtures.")
final class BenchmarkSearchCommand implements Callable<Integer> {
  private static final int ROUNDS = 20;
  private static final int WARMUP = 30;

  @Option(names = "--versions", defaultValue = "100000", description = "Versions to make (default: ${DEFAULT-VALUE}).")
  int versions;

  @Option(names = "--golden", paramLabel = "DIR", defaultValue = "src/test/resources/golden",
      description = "The fixtures' golden articles (default: ${DEFAULT-VALUE}).")
  Path golden;

  @Option(names = "--dir", paramLabel = "DIR", description = "Build the archive here (default: a temporary folder, deleted after).")
  Path dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean temporary = dir == null;
    Path where = temporary ? Files.createTempDirectory("kliping-bench-") : dir;
    try (Archive archive = Archive.open(where)) {
      long t0 = System.nanoTime();
      int pages = new SyntheticArchive(golden).fill(archive.dataSource(), versions);
      out.printf(Locale.ROOT, "archive: %d versions of %d pages, 5 outlets, inserted in %.1f s%n",
          versions, pages, seconds(t0));
      out.flush();
      long t1 = System.nanoTime();
      try (SearchIndex index = SearchIndex.rebuilt(archive)) {
        double indexing = seconds(t1);
        long bytes = size(where.resolve("index"));
        out.printf(Locale.ROOT, "index: %d versions in %.1f s (%.0f versions/s), %d bytes,"
            + " %.0f bytes per version%n", index.size(), indexing, index.size() / indexing,
            bytes, (double) bytes / index.size());
        out.flush();
        latency(index, out);
        export(index, archive, out);
      }
    } finally {
      if (temporary) {
        delete(where);
      }
    }
    return 0;
  }

  /** The fixed query set: words, a phrase, stems, filters, as-of and browsing. */
  private static List<SearchQuery> queries() {
    return List.of(
        SearchQuery.text("perjanjian"),
        SearchQuery.text("\"perjanjian pertahanan\""),
        SearchQuery.text("Korea Utara"),
        SearchQuery.text("Putin Kim Jong Un"),
        SearchQuery.text("menandatangani -ukraina"),
        SearchQuery.text("senjata | rudal"),
        new SearchQuery("rusia", "kompastv", null, null, null, null, false, null, false, 20),
        new SearchQuery("militer", null, Moments.start("2024-03-01"), Moments.end("2024-06-30"),
            SearchQuery.DateField.PUBLISHED, null, false, null, false, 20),
        new SearchQuery("pertahanan", null, null, null, null, "Tussie Ayu", false, null, false,
            20),
        new SearchQuery("kerja sama", null, null, null, null, null, true, null, false, 20),
        new SearchQuery("nuklir", null, null, null, null, null, false,
            Moments.start("2024-06-15T12:00:00Z"), false, 20),
        new SearchQuery("", "medcom", null, null, null, null, false, null, false, 20),
        SearchQuery.all());
  }

  private static void latency(SearchIndex index, PrintWriter out) {
    List<SearchQuery> queries = queries();
    // Let the JIT compile the search path first: the figures are for a server that has run.
    for (int i = 0; i < WARMUP; i++) {
      queries.forEach(index::search);
    }
    List<Long> nanos = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      for (SearchQuery q : queries) {
        long t = System.nanoTime();
        index.search(q);
        nanos.add(System.nanoTime() - t);
      }
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    out.printf(Locale.ROOT, "search: %d searches (%d queries x %d rounds, top 20 with snippets):"
        + " p50 %.1f ms, p95 %.1f ms, max %.1f ms (target p95 < 50 ms)%n", sorted.length,
        queries.size(), ROUNDS, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
        ms(sorted[sorted.length - 1]));
    out.flush();
  }

  private static void export(SearchIndex index, Archive archive, PrintWriter out) {
    Exporter exporter = new Exporter(index, archive.dataSource(), archive.warcDir());
    SearchQuery all = new SearchQuery("", null, null, null, null, null, false, null, true, 20);
    for (ExportFormat f : new ExportFormat[] {ExportFormat.JSONL, ExportFormat.CSV}) {
      long[] bytes = {0};
      OutputStream sink = new OutputStream() {
        @Override
        public void write(int b) {
          bytes[0]++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
          bytes[0] += len;
        }
      };
      long t = System.nanoTime();
      long rows = exporter.export(all, f, sink, Progress.none());
      double s = seconds(t);
      out.printf(Locale.ROOT, "export %s: %d rows in %.1f s = %.0f rows/s (%d bytes)%n",
          f.name().toLowerCase(Locale.ROOT), rows, s, rows / s, bytes[0]);
      out.flush();
    }
  }

  private static long percentile(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

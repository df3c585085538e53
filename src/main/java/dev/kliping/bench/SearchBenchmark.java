package dev.kliping.bench;

import dev.kliping.archive.Archive;
import dev.kliping.export.ExportFormat;
import dev.kliping.export.Exporter;
import dev.kliping.export.Progress;
import dev.kliping.search.SearchIndex;
import dev.kliping.search.SearchQuery;
import dev.kliping.web.WebServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The search benchmark: a synthetic archive of n versions (made, or reused when the folder
 * already holds one), its index, search latency per query type directly and over HTTP, the heap,
 * and export speed. Prints as it goes, so a long run shows where it is.
 */
public final class SearchBenchmark {
  private static final double TARGET_MILLIS = 50;

  private final Path golden;
  private final PrintWriter out;

  /** Makes archives from the golden articles in golden; reports to out. */
  public SearchBenchmark(Path golden, PrintWriter out) {
    this.golden = golden;
    this.out = out;
  }

  /** Runs the whole benchmark on the archive in where; answers whether every p95 met 50 ms. */
  public boolean run(Path where, int versions) throws IOException, SQLException,
      InterruptedException {
    try (Archive archive = Archive.open(where)) {
      long have = SyntheticArchive.versions(archive.dataSource());
      if (have == 0) {
        long t0 = System.nanoTime();
        int pages = new SyntheticArchive(golden).fill(archive.dataSource(), versions);
        print("archive: %d versions of %d pages, 5 outlets, inserted in %.1f s (database %d"
            + " bytes)", versions, pages, seconds(t0), size(where, "kliping.mv.db"));
      } else {
        print("archive: reusing the %d versions in %s", have, where);
      }
      long t1 = System.nanoTime();
      try (SearchIndex index = have == 0 ? SearchIndex.rebuilt(archive)
          : SearchIndex.open(archive)) {
        double indexing = seconds(t1);
        long bytes = size(where, "index");
        if (have == 0) {
          print("index: %d versions in %.1f s (%.0f versions/s), %d bytes, %.0f bytes per"
              + " version", index.size(), indexing, index.size() / indexing, bytes,
              (double) bytes / index.size());
        } else {
          print("index: %d versions opened (or rebuilt) in %.1f s, %d bytes, %.0f bytes per"
              + " version", index.size(), indexing, bytes, (double) bytes / index.size());
        }
        boolean met = latency(archive, index);
        heap();
        export(index, archive);
        return met;
      }
    }
  }

  private boolean latency(Archive archive, SearchIndex index) throws IOException,
      InterruptedException {
    List<SearchLatency.Timing> timings;
    // A server opened on the archive holds none of the garbage that building it here left (a
    // million rows inserted and indexed in this JVM): collected first, so the searches are timed
    // as a serving process runs them. Without it, the first run after a build was slower.
    System.gc();
    try (WebServer web = WebServer.start(archive, index, List.of(), "127.0.0.1", 0, null)) {
      timings = new SearchLatency(index, "http://127.0.0.1:" + web.port()).measure();
    }
    print("search latency per query type (top 20 with snippets, %d runs each after warm-up;"
        + " target p95 < %.0f ms):", timings.get(0).runs(), TARGET_MILLIS);
    print("  %-16s %8s %8s %8s %12s %10s %8s", "type", "p50 ms", "p95 ms", "max ms",
        "cpu p95 ms", "matches", "failed");
    boolean met = true;
    for (SearchLatency.Timing t : timings) {
      met &= ms(t.p95()) < TARGET_MILLIS && t.failures() == 0;
      print("  %-16s %8.1f %8.1f %8.1f %12s %10s %8d", t.type(), ms(t.p50()), ms(t.p95()),
          ms(t.max()), t.cpuP95() < 0 ? "-" : String.format(Locale.ROOT, "%.1f", ms(t.cpuP95())),
          t.total() < 0 ? "-" : String.valueOf(t.total()), t.failures());
    }
    for (SearchLatency.Timing t : timings) {
      if (t.failures() > 0) {
        print("  %s: %d of %d runs failed; the first: %s", t.type(), t.failures(), t.runs(),
            t.firstFailure());
      }
    }
    print("every type p95 < %.0f ms, none failed: %s", TARGET_MILLIS, met ? "yes" : "NO");
    return met;
  }

  private void heap() {
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    print("heap: %.0f MB used after GC, %.0f MB committed, %.0f MB max", mb(heap.getUsed()),
        mb(heap.getCommitted()), mb(heap.getMax()));
  }

  private void export(SearchIndex index, Archive archive) {
    Exporter exporter = new Exporter(index, archive);
    SearchQuery all = new SearchQuery("", null, null, null, null, null, false, null, true, 20);
    for (ExportFormat f : new ExportFormat[] {ExportFormat.JSONL, ExportFormat.CSV}) {
      Counting sink = new Counting();
      long t = System.nanoTime();
      long rows = exporter.export(all, f, sink, Progress.none());
      double s = seconds(t);
      print("export %s: %d rows in %.1f s = %.0f rows/s (%d bytes)",
          f.name().toLowerCase(Locale.ROOT), rows, s, rows / s, sink.bytes);
    }
  }

  /** Counts what an export writes, keeping none of it. */
  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  private void print(String format, Object... args) {
    out.printf(Locale.ROOT, format + "%n", args);
    out.flush();
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static long size(Path dir, String name) throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve(name))) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}

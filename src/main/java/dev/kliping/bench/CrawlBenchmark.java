package dev.kliping.bench;

import dev.kliping.archive.Archive;
import dev.kliping.archive.WriteTimes;
import dev.kliping.config.DaemonSettings;
import dev.kliping.config.HttpSettings;
import dev.kliping.config.OutletConfig;
import dev.kliping.crawl.Crawler;
import dev.kliping.crawl.OutletSummary;
import dev.kliping.crawl.RevisitPolicy;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.extract.Boilerplate;
import dev.kliping.fetch.HttpClients;
import dev.kliping.fetch.ReplayRouting;
import dev.kliping.fetch.ReplayServer;
import dev.kliping.search.SearchIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The crawl benchmark: a synthetic replay of N articles over K outlets crawled twice (the second
 * time with some articles edited), then revisited over simulated hours, into a real archive with
 * its search index. Prints pages per second and thread-seconds per stage for each phase, and
 * after each phase what the archive takes on disk: WARC bytes per response, database bytes per
 * version against the same database fully compacted, index bytes per version, peak heap.
 */
public final class CrawlBenchmark {
  private static final Instant START = Instant.parse("2026-01-05T06:00:00Z");
  private static final Duration REVISIT_STEP = Duration.ofMinutes(15);

  /**
   * @param fixtures the WireMock replay whose article pages the synthetic articles are made from
   * @param work an empty folder for the replay and the archive
   * @param wireMock serve the replay with WireMock ({@code --replay}'s server) instead of a map
   *     in memory
   * @param revisitHours simulated hours of revisits after the two passes
   * @param revisitLimit articles each outlet revisits at most per simulated quarter hour
   * @param warmUpArticles articles crawled into a scratch archive before the passes, so that the
   *     passes measure a JVM whose compilers have done most of their work; 0 for none
   */
  public record Setup(Path fixtures, Path work, int articles, int outlets, int editPercent,
      boolean wireMock, int revisitHours, int revisitLimit, int warmUpArticles) {
    public Setup {
      Objects.requireNonNull(fixtures, "fixtures");
      Objects.requireNonNull(work, "work");
      if (warmUpArticles < 0) {
        throw new IllegalArgumentException("warm-up articles must be 0 or more: " + warmUpArticles);
      }
    }
  }

  private final Setup setup;
  private final PrintWriter out;
  private final SyntheticNews news;
  private final Path archiveDir;
  private final StageClock stages = new StageClock();
  private final MutableClock clock = new MutableClock(START);
  private final HttpSettings http;
  private long versions;

  private CrawlBenchmark(Setup setup, PrintWriter out) throws IOException {
    this.setup = setup;
    this.out = out;
    this.news = SyntheticNews.of(setup.fixtures(), setup.articles(), setup.outlets(),
        setup.editPercent());
    this.archiveDir = setup.work().resolve("archive");
    // No politeness delay (a replay on this machine) and room for every article in one pass.
    this.http = new HttpSettings(HttpSettings.DEFAULTS.userAgent(), 10, 30, 60,
        HttpSettings.DEFAULTS.maxBodyBytes(), 0, 5, 60, 3600, 24,
        HttpSettings.DEFAULTS.maxSitemapBytes(), setup.articles() + 10);
  }

  /** Runs the benchmark and prints its figures as it goes. */
  public static void run(Setup setup, PrintWriter out) throws IOException {
    new CrawlBenchmark(setup, out).run();
  }

  private void run() throws IOException {
    out.printf("crawl benchmark: %s%n", news);
    out.printf("replay server: %s%n", setup.wireMock()
        ? "WireMock, one mapping per response (as --replay serves)"
        : "in memory, one map lookup per request (WireMock excluded)");
    ReplayProbe.Result probe = ReplayProbe.measure(news, setup.work().resolve("probe"));
    out.printf("replay probe: %.2f ms per request from WireMock with %d mappings,"
        + " %.2f ms in memory%n", probe.wireMockMillis(), probe.mappings(), probe.memoryMillis());
    out.printf("%-9s %7s %8s %8s %8s %8s %10s | %s%n", "phase", "pages", "versions", "seconds",
        "pages/s", "CPU s", "pages/CPU s",
        "thread-seconds: fetch, WARC write+force, extract, database, search index"
            + " | seconds opening, closing, compiling (JIT threads' time)");
    out.flush();
    if (setup.warmUpArticles() > 0) {
      warmUp();
    }
    List<OutletConfig> outlets = news.outlets();
    for (int pass = 1; pass <= 2; pass++) {
      int number = pass;
      phase("pass " + pass, pass, crawler -> crawler.crawl(outlets));
      clock.advance(Duration.ofMinutes(number == 1 ? 20 : 5));
    }
    if (setup.revisitHours() > 0) {
      phase("revisits", 2, crawler -> revisits(crawler, outlets));
    }
  }

  /**
   * Crawls other articles into a scratch archive, deleted after, and prints that cold rate apart.
   * A fresh JVM spends the first minute of a crawl compiling its code: in a JFR recording of a
   * first pass of 10,000 articles the compiler threads took about a fifth of the CPU, a cost paid
   * once per process, which a daemon pays in its first minutes. The passes after it show the
   * rate the crawl keeps once the JVM has crawled as much before; the seconds the compilers
   * still work during each phase are printed with it.
   */
  private void warmUp() throws IOException {
    int articles = Math.max(setup.outlets(), setup.warmUpArticles());
    SyntheticNews other = SyntheticNews.of(setup.fixtures(), articles, setup.outlets(), 0);
    Path dir = setup.work().resolve("warm-up");
    Crawled crawled;
    try (Replay replay = Replay.start(setup.wireMock(), other, 1, dir.resolve("replay"))) {
      crawled = crawl(replay, dir.resolve("archive"), new MutableClock(START),
          crawler -> crawler.crawl(other.outlets()));
    }
    Disk.delete(dir);
    int pages = crawled.summaries().stream().mapToInt(OutletSummary::fetched).sum();
    out.printf("%-9s %7d %8s %8.1f %8.0f %8.1f %10.0f | a fresh JVM, into a scratch archive"
            + " (deleted), not counted below; compiling %.1f s%n", "warm-up", pages, "",
        crawled.seconds(), pages / crawled.seconds(), crawled.cpuSeconds(),
        pages / crawled.cpuSeconds(), crawled.compileSeconds());
    out.flush();
  }

  /** Revisits what is due every simulated quarter hour, outlets in turn. */
  private List<OutletSummary> revisits(Crawler crawler, List<OutletConfig> outlets) {
    List<OutletSummary> all = new java.util.ArrayList<>();
    Instant end = clock.instant().plus(Duration.ofHours(setup.revisitHours()));
    while (clock.instant().isBefore(end)) {
      clock.advance(REVISIT_STEP);
      for (OutletConfig outlet : outlets) {
        all.add(crawler.revisit(outlet, setup.revisitLimit()));
      }
    }
    return all;
  }

  @FunctionalInterface
  private interface Phase {
    List<OutletSummary> crawl(Crawler crawler);
  }

  private void phase(String name, int pass, Phase work) throws IOException {
    Memory.resetPeak();
    long warcBefore = Disk.size(archiveDir.resolve("warc"));
    StageClock.Seconds before = stages.seconds();
    Crawled crawled;
    // The replay's pages are made before the clocks start: building them is the benchmark's
    // work, not the crawl's. Serving them runs during the phase and is counted.
    try (Replay replay = Replay.start(setup.wireMock(), news, pass,
        setup.work().resolve("replay-" + pass))) {
      crawled = crawl(replay, archiveDir, clock, work);
    }
    List<OutletSummary> summaries = crawled.summaries();
    int pages = summaries.stream().mapToInt(OutletSummary::fetched).sum();
    int created = summaries.stream().mapToInt(OutletSummary::newVersions).sum();
    int errors = summaries.stream().mapToInt(OutletSummary::errors).sum();
    versions += created;
    StageClock.Seconds spent = stages.seconds().minus(before);
    WriteTimes writes = crawled.writes();
    out.printf("%-9s %7d %8d %8.1f %8.0f %8.1f %10.0f | %.1f, %.1f, %.1f, %.1f, %.1f"
            + " | %.1f, %.1f, %.1f%s%n",
        name, pages, created, crawled.seconds(), pages / crawled.seconds(), crawled.cpuSeconds(),
        pages / crawled.cpuSeconds(), spent.fetch(), writes.warcNanos() / 1e9, spent.extract(),
        writes.databaseNanos() / 1e9, spent.index(), crawled.openSeconds(), crawled.closeSeconds(),
        crawled.compileSeconds(), errors == 0 ? "" : " (" + errors + " errors)");
    storage(name, Disk.size(archiveDir.resolve("warc")) - warcBefore, writes.warcRecords());
  }

  /**
   * What one phase's crawl did, and the wall and process CPU time it took; of the wall time, how
   * long opening the archive and its index, and closing them, took (no page is visited then).
   */
  private record Crawled(List<OutletSummary> summaries, WriteTimes writes, double seconds,
      double cpuSeconds, double openSeconds, double closeSeconds, double compileSeconds) {}

  /** Opens the archive and its index, crawls, and closes both: all of it timed. */
  private Crawled crawl(Replay replay, Path archiveDir, MutableClock clock, Phase work)
      throws IOException {
    long compiledBefore = Memory.compileMillis();
    long cpuBefore = Memory.processCpuNanos();
    long start = System.nanoTime();
    List<OutletSummary> summaries;
    WriteTimes writes;
    long opened;
    long crawledAt;
    try (Archive archive = Archive.open(archiveDir)) {
      OkHttpClient client = HttpClients.create(http, replay.routing()).newBuilder()
          .eventListenerFactory(stages.calls()).build();
      try (SearchIndex index = SearchIndex.open(archive)) {
        opened = System.nanoTime();
        Crawler crawler = new Crawler(archive, client, http,
            stages.timed(new ArticleExtractor(Boilerplate.NONE)), clock,
            new Crawler.Options(Boilerplate.NONE, new RevisitPolicy(DaemonSettings.DEFAULT_REVISIT),
                stages.timed(index), () -> false));
        summaries = work.crawl(crawler);
        crawledAt = System.nanoTime();
        index.close();
        stages.addIndex(System.nanoTime() - crawledAt);
      } finally {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
      }
      writes = archive.writeTimes();
    }
    long end = System.nanoTime();
    return new Crawled(summaries, writes, (end - start) / 1e9,
        (Memory.processCpuNanos() - cpuBefore) / 1e9, (opened - start) / 1e9,
        (end - crawledAt) / 1e9, (Memory.compileMillis() - compiledBefore) / 1e3);
  }

  private void storage(String phase, long warcBytes, long responses) throws IOException {
    Path db = archiveDir.resolve("kliping.mv.db");
    long size = Files.size(db);
    long compacted = Disk.compactedSize(db, setup.work().resolve("compacted"));
    long index = Disk.size(archiveDir.resolve("index"));
    out.printf("  after %s: database %.1f MB, compacted %.1f MB, ratio %.2f; %d B per version"
            + " (%d compacted); WARC %d B per response; index %d B per version;"
            + " peak heap %.0f MB%n", phase, size / 1e6, compacted / 1e6,
        (double) size / compacted, size / Math.max(1, versions), compacted / Math.max(1, versions),
        warcBytes / Math.max(1, responses), index / Math.max(1, versions), Memory.peakHeap() / 1e6);
    out.flush();
  }

  /** The replay of one pass, served either way: its routes, and how to stop its server. */
  private record Replay(ReplayRouting routing, Runnable stop) implements AutoCloseable {
    static Replay start(boolean wireMock, SyntheticNews news, int pass, Path dir)
        throws IOException {
      if (wireMock) {
        news.writeWireMock(dir, pass);
        ReplayServer server = ReplayServer.start(dir, news.outlets());
        return new Replay(server.routing(), server::close);
      }
      StaticReplay server = StaticReplay.start();
      server.serve(news, news.outlets().size(), pass);
      return new Replay(server.routing(), server::close);
    }

    @Override
    public void close() {
      stop.run();
    }
  }
}

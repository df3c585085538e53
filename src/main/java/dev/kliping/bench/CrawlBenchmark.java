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
   */
  public record Setup(Path fixtures, Path work, int articles, int outlets, int editPercent,
      boolean wireMock, int revisitHours, int revisitLimit) {
    public Setup {
      Objects.requireNonNull(fixtures, "fixtures");
      Objects.requireNonNull(work, "work");
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
        "thread-seconds: fetch, WARC write+force, extract, database, search index");
    out.flush();
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
    List<OutletSummary> summaries;
    WriteTimes writes;
    long cpuBefore = Memory.processCpuNanos();
    long start = System.nanoTime();
    try (Replay replay = Replay.start(setup.wireMock(), news, pass,
        setup.work().resolve("replay-" + pass));
        Archive archive = Archive.open(archiveDir)) {
      OkHttpClient client = HttpClients.create(http, replay.routing()).newBuilder()
          .eventListenerFactory(stages.calls()).build();
      try (SearchIndex index = SearchIndex.open(archive)) {
        Crawler crawler = new Crawler(archive, client, http,
            stages.timed(new ArticleExtractor(Boilerplate.NONE)), clock,
            new Crawler.Options(Boilerplate.NONE, new RevisitPolicy(DaemonSettings.DEFAULT_REVISIT),
                stages.timed(index), () -> false));
        summaries = work.crawl(crawler);
        long closing = System.nanoTime();
        index.close();
        stages.addIndex(System.nanoTime() - closing);
      } finally {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
      }
      writes = archive.writeTimes();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (Memory.processCpuNanos() - cpuBefore) / 1e9;
    int pages = summaries.stream().mapToInt(OutletSummary::fetched).sum();
    int created = summaries.stream().mapToInt(OutletSummary::newVersions).sum();
    int errors = summaries.stream().mapToInt(OutletSummary::errors).sum();
    versions += created;
    StageClock.Seconds spent = stages.seconds().minus(before);
    out.printf("%-9s %7d %8d %8.1f %8.0f %8.1f %10.0f | %.1f, %.1f, %.1f, %.1f, %.1f%s%n", name,
        pages, created, seconds, pages / seconds, cpu, pages / cpu, spent.fetch(), writes.warcNanos() / 1e9, spent.extract(),
        writes.databaseNanos() / 1e9, spent.index(), errors == 0 ? "" : " (" + errors + " errors)");
    storage(name, Disk.size(archiveDir.resolve("warc")) - warcBefore, writes.warcRecords());
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

package dev.kliping.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.config.ConfigLoader;
import dev.kliping.config.HttpSettings;
import dev.kliping.config.Settings;
import dev.kliping.crawl.Crawler;
import dev.kliping.crawl.OutletSummary;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.fetch.HttpClients;
import dev.kliping.fetch.ReplayServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pass that fires while the revisit job is on its outlet runs once the revisits give way, and
 * is never dropped. A daemon started on a due outlet fires its catch-up pass and the revisit job
 * at the same moment; when the revisits took the outlet first, the pass was skipped and the
 * outlet waited for its next cron slot (kompastv: up to 20 minutes), which is how
 * MetricsAndHealthTest once waited 60 s for a first pass that never came.
 */
class PassBesideRevisitsTest {
  private static final String OUTLET = "kompastv";

  @TempDir Path dir;

  @Test
  void aPassFiredDuringRevisitsRunsAfterThemAndRevisitsGiveWay() throws Exception {
    Path shipped = Path.of("config").toAbsolutePath();
    Path config = dir.resolve("kliping.yaml");
    Files.writeString(config, "outlets: [" + OUTLET + "]\n"
        + "outlets_dir: " + shipped.resolve("outlets") + "\n"
        + "boilerplate: " + shipped.resolve("boilerplate/id.yaml") + "\n");
    Settings settings = new ConfigLoader().load(config);
    HttpSettings http = settings.main().http().withHostDelayMillis(0);
    try (ReplayServer replay = ReplayServer.start(Path.of("src/test/resources/replay"),
            settings.outlets());
        Archive archive = Archive.open(dir.resolve("archive"))) {
      OkHttpClient client = HttpClients.create(http, replay.routing());
      try {
        Crawler crawler = new Crawler(archive, client, http,
            new ArticleExtractor(settings.boilerplate()), Clock.systemUTC(),
            Crawler.Options.of(settings));
        // Patience far below the revisits' hold: the pass logs that it waits, and waits on.
        DaemonContext daemon = new DaemonContext(crawler, settings.outlets(),
            new OutletLocks(Duration.ofMillis(200)), 50, NodeWork.ALONE);
        CompletableFuture<Void> pass = new CompletableFuture<>();
        // The revisits hold the outlet when Quartz fires its pass on another thread.
        assertTrue(daemon.locks().runRevisits(OUTLET, () -> {
          new Thread(() -> {
            new OutletPassJob(daemon).pass(OUTLET);
            pass.complete(null);
          }, "pass").start();
          awaitPassWaiting(daemon.locks(), pass);
          assertFalse(daemon.locks().runRevisits(OUTLET, () -> { }),
              "no new revisits start while a pass waits");
          sleep(1000);
          assertFalse(pass.isDone(), "the pass waits for the revisits in flight");
        }));
        pass.get(60, TimeUnit.SECONDS);
        List<Long> pages = archive.pagesWithVersions(OUTLET);
        assertEquals(2, pages.size(), "the pass ran after the revisits and stored both articles");
        assertFalse(daemon.locks().passWaiting(OUTLET));

        // Revisits in flight end after the page they are on once a pass waits for the outlet.
        Instant past = Instant.now().minusSeconds(60);
        pages.forEach(page -> archive.schedule(page, past));
        AtomicInteger asked = new AtomicInteger();
        OutletSummary revisits = crawler.revisit(settings.outlets().get(0), 50,
            () -> asked.incrementAndGet() > 1);
        assertEquals(1, revisits.fetched(), revisits.toString());
        assertEquals(1, archive.due(OUTLET, Instant.now(), 50).size(), "the other stays due");
      } finally {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
      }
    }
  }

  /** Waits until the pass waits for the outlet; fails at once when it ended instead. */
  private static void awaitPassWaiting(OutletLocks locks, CompletableFuture<Void> pass) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!locks.passWaiting(OUTLET)) {
      assertFalse(pass.isDone(), "the pass ended at once: skipped, not waiting");
      assertTrue(System.nanoTime() < end, "the pass never came to wait for the outlet");
      sleep(10);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}

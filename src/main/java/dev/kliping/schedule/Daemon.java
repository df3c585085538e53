package dev.kliping.schedule;

import dev.kliping.archive.Archive;
import dev.kliping.config.HttpSettings;
import dev.kliping.config.Settings;
import dev.kliping.crawl.Crawler;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.fetch.HttpClients;
import dev.kliping.fetch.ReplayServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-running archiver: Quartz runs each outlet's passes on its cron and the revisits in
 * between, the read-only API answers on 127.0.0.1, and a stop request (SIGTERM) lets the work in
 * flight finish before the archive is closed. Nothing is ever interrupted: threads that touch H2
 * must not be.
 */
public final class Daemon {
  private static final Logger log = LoggerFactory.getLogger(Daemon.class);
  /** How many due revisits one outlet gets per run of the revisit job. */
  private static final int REVISIT_BATCH = 50;

  private final Settings settings;
  private final Path archiveDir;
  private final Path replayDir;
  private final dev.kliping.archive.ArchiveOptions archiveOptions;
  private final Function<Archive, DaemonServices> services;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  /** @param services started on the open archive, e.g. the search index and the API */
  public Daemon(Settings settings, Path archiveDir, Path replayDir,
      Function<Archive, DaemonServices> services) {
    this(settings, archiveDir, dev.kliping.archive.ArchiveOptions.defaults(), replayDir, services);
  }

  /** @param archiveOptions how to open the archive, e.g. with its rows in PostgreSQL */
  public Daemon(Settings settings, Path archiveDir,
      dev.kliping.archive.ArchiveOptions archiveOptions, Path replayDir,
      Function<Archive, DaemonServices> services) {
    this.settings = settings;
    this.archiveDir = archiveDir;
    this.archiveOptions = archiveOptions;
    this.replayDir = replayDir;
    this.services = services;
  }

  /** Asks the daemon to take no new work, finish what is in flight and close. Any thread. */
  public void stop() {
    if (stopping.compareAndSet(false, true)) {
      log.info("stop requested: finishing the work in flight");
    }
    stopped.countDown();
  }

  /** Runs until {@link #stop()}; returns once the archive is closed. */
  public void run() throws SchedulerException, InterruptedException {
    try (ReplayServer replay = replayDir == null ? null
            : ReplayServer.start(replayDir, settings.outlets());
        Archive archive = Archive.open(archiveDir, archiveOptions);
        DaemonServices beside = services.apply(archive)) {
      HttpSettings http = replay == null
          ? settings.main().http() : settings.main().http().withHostDelayMillis(0);
      OkHttpClient client = beside.observe(
          HttpClients.create(http, replay == null ? null : replay.routing()));
      Crawler crawler = new Crawler(archive, client, http,
          new ArticleExtractor(settings.boilerplate()), Clock.systemUTC(),
          Crawler.Options.of(settings).withStop(stopping::get)
              .withListener(beside.listener()));
      DaemonContext context = new DaemonContext(crawler, settings.outlets(), new OutletLocks(),
          REVISIT_BATCH);
      Scheduler scheduler = Schedules.create(archive.dataSource(), context,
          archive.engine() == dev.kliping.archive.Engine.POSTGRESQL,
          settings.main().daemon().parallelPasses());
      try {
        Instant now = Clock.systemUTC().instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Schedules.align(scheduler, settings.outlets(), settings.main().daemon().interval(),
            settings.main().daemon().revisitCheckSeconds(),
            id -> archive.health(id, today, now).lastSuccess(), now);
        scheduler.start();
        log.info("daemon running on {}: {} outlets, {}", archive.dir(), settings.outlets().size(),
            beside.describe());
        stopped.await();
        stopping.set(true);
        // Waits for running jobs; they see the stop flag between two articles.
        scheduler.shutdown(true);
      } finally {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
      }
    }
    log.info("daemon stopped; archive closed");
  }
}

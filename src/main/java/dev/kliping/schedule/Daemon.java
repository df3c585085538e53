package dev.kliping.schedule;

import dev.kliping.archive.Archive;
import dev.kliping.archive.ArchiveOptions;
import dev.kliping.config.ClusterSettings;
import dev.kliping.config.HttpSettings;
import dev.kliping.config.Settings;
import dev.kliping.crawl.Crawler;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.fetch.HttpClients;
import dev.kliping.fetch.ReplayServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
  private final String node;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  /** @param services started on the open archive, e.g. the search index and the API */
  public Daemon(Settings settings, Path archiveDir, Path replayDir,
      Function<Archive, DaemonServices> services) {
    this(settings, archiveDir, dev.kliping.archive.ArchiveOptions.defaults(), replayDir, services);
  }

  /**
   * @param archiveOptions how to open the archive, e.g. with its rows in PostgreSQL; with a node
   *     name, the daemon is that node of a cluster sharing the archive
   */
  public Daemon(Settings settings, Path archiveDir,
      dev.kliping.archive.ArchiveOptions archiveOptions, Path replayDir,
      Function<Archive, DaemonServices> services) {
    this.node = archiveOptions.node();
    this.settings = settings;
    this.archiveDir = archiveDir;
    this.archiveOptions = archiveOptions;
    this.replayDir = replayDir;
    this.services = services;
  }

  private int replayDelayMillis;

  /**
   * Keeps this per-host delay under {@code --replay} (normally none, the replay being local), so
   * a rehearsal shows the politeness of a real crawl.
   */
  public Daemon withReplayDelay(int millis) {
    this.replayDelayMillis = millis;
    return this;
  }

  /** Alone, or one node of a cluster sharing pages and hosts with the others. */
  private Crawler.Sharing sharing(Archive archive, HttpSettings http) {
    if (node == null) {
      return Crawler.Sharing.ALONE;
    }
    // A turn is held for at most one request: its whole-call deadline, and a little.
    Duration hold = Duration.ofSeconds(http.callTimeoutSeconds() + 5L);
    return new Crawler.Sharing(node, settings.main().cluster().leaseLength(),
        new ClusterHostTurns(archive.cluster(), node, hold, Clock.systemUTC()));
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
          ? settings.main().http() : settings.main().http().withHostDelayMillis(replayDelayMillis);
      OkHttpClient client = beside.observe(
          HttpClients.create(http, replay == null ? null : replay.routing()));
      ClusterSettings cluster = settings.main().cluster();
      NodeWork work = node == null ? NodeWork.alone()
          : new NodeWork(archive.cluster(), node, Clock.systemUTC());
      Crawler crawler = new Crawler(archive, client, http,
          new ArticleExtractor(settings.boilerplate()), Clock.systemUTC(),
          Crawler.Options.of(settings).withStop(stopping::get)
              .withListener(beside.listener()).withSharing(sharing(archive, http)));
      DaemonContext context = new DaemonContext(crawler, settings.outlets(), new OutletLocks(),
          REVISIT_BATCH, work);
      Scheduler scheduler = Schedules.create(archive.dataSource(), context,
          archive.engine() == dev.kliping.archive.Engine.POSTGRESQL,
          settings.main().daemon().parallelPasses(), node, cluster.checkin());
      Membership membership = node == null ? null : new Membership(archive, node, cluster, work,
          beside::catchUp, Clock.systemUTC());
      // Two threads: a visit holds two of the pool's connections (its own transaction and the
      // host turns, committed at once), and the passes need theirs.
      NodeRevisits revisits = node == null ? null : new NodeRevisits(context, 2,
          settings.main().daemon().revisitCheckSeconds());
      try {
        if (membership != null) {
          membership.start();
        }
        Instant now = Clock.systemUTC().instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Schedules.align(scheduler, settings.outlets(), settings.main().daemon().interval(),
            settings.main().daemon().revisitCheckSeconds(),
            id -> archive.health(id, today, now).lastSuccess(), now, node == null);
        scheduler.start();
        if (revisits != null) {
          revisits.start();
        }
        log.info("daemon running on {}: {} outlets, {}", archive.dir(), settings.outlets().size(),
            beside.describe());
        stopped.await();
        stopping.set(true);
        if (revisits != null) {
          // First the node's revisit rounds: a pass waiting for its outlet's lock gets it.
          revisits.close();
        }
        // Waits for running jobs; they see the stop flag between two articles.
        scheduler.shutdown(true);
      } finally {
        if (revisits != null) {
          revisits.close();
        }
        if (membership != null) {
          membership.close();
        }
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
      }
    }
    log.info("daemon stopped; archive closed");
  }
}

package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.ConfigException;
import dev.kliping.config.DaemonSettings;
import dev.kliping.config.Settings;
import dev.kliping.archive.VersionListener;
import dev.kliping.schedule.DaemonServices;
import dev.kliping.search.SearchIndex;
import dev.kliping.stories.StoryListener;
import dev.kliping.web.DaemonInfo;
import dev.kliping.web.DaemonMetrics;
import dev.kliping.web.DaemonRoutes;
import dev.kliping.web.Readiness;
import dev.kliping.web.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.quartz.CronExpression;

/**
 * The daemon's companions on its open archive: the search index (fed with each new version) and
 * the read-only API on 127.0.0.1, announced in {@code daemon.json} so that the query commands
 * ask it instead of the locked archive.
 */
final class DaemonParts implements DaemonServices {
  private final Archive archive;
  private final SearchIndex index;
  private final WebServer server;
  private final DaemonMetrics metrics;
  private final Map<String, String> outletByHost;
  private final StoryListener stories;
  private final IndexCatchUp catchUp;

  private DaemonParts(Archive archive, SearchIndex index, WebServer server,
      DaemonMetrics metrics, Map<String, String> outletByHost, StoryListener stories,
      IndexCatchUp catchUp) {
    this.catchUp = catchUp;
    this.archive = archive;
    this.index = index;
    this.server = server;
    this.metrics = metrics;
    this.outletByHost = outletByHost;
    this.stories = stories;
  }

  static DaemonServices start(Settings settings, Archive archive) {
    // The nodes of a cluster share the archive folder, but each keeps its own index.
    SearchIndex index = archive.node() == null ? SearchIndex.open(archive)
        : SearchIndex.open(archive.dir().resolve("index-" + archive.node()),
            archive.dataSource());
    DaemonSettings daemon = settings.main().daemon();
    List<String> ids = settings.outlets().stream().map(OutletConfig::id).toList();
    // A page the revisit job should have taken twice over is overdue.
    DaemonMetrics metrics = new DaemonMetrics(archive, index, index, ids,
        Duration.ofSeconds(2L * daemon.revisitCheckSeconds()), Clock.systemUTC());
    Readiness readiness = new Readiness(archive, metrics, schedules(settings.outlets()),
        new Readiness.Bounds(daemon.health().maxIndexLag(),
            daemon.health().minFreeDiskMb() << 20, daemon.health().outletLateFactor()),
        Clock.systemUTC());
    Map<String, String> outletByHost = new HashMap<>();
    settings.outlets().forEach(o -> o.hosts().forEach(h -> outletByHost.put(h, o.id())));
    WebServer server;
    try {
      server = WebServer.start(archive, index, ids, "127.0.0.1", daemon.apiPort(), null,
          new DaemonRoutes(metrics, readiness, archive));
    } catch (IllegalArgumentException e) {
      index.close();
      throw new ConfigException(settings.file(), "daemon.api_port", e.getMessage(), e);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
    try {
      new DaemonInfo(ProcessHandle.current().pid(), server.port(), Instant.now().toString())
          .write(archive.dir());
    } catch (IOException e) {
      server.close();
      index.close();
      throw new UncheckedIOException("cannot write " + archive.dir().resolve(DaemonInfo.FILE), e);
    }
    return new DaemonParts(archive, index, server, metrics, outletByHost,
        StoryListener.open(archive), new IndexCatchUp(index,
            settings.main().cluster().leaseLength().plusSeconds(30), Clock.systemUTC()));
  }

  /** Each outlet's schedule interval: the time between its cron's next two passes. */
  private static List<Readiness.OutletSchedule> schedules(List<OutletConfig> outlets) {
    List<Readiness.OutletSchedule> out = new ArrayList<>();
    Date now = new Date();
    for (OutletConfig o : outlets) {
      try {
        CronExpression cron = new CronExpression(o.schedule());
        Date first = cron.getNextValidTimeAfter(now);
        Date second = first == null ? null : cron.getNextValidTimeAfter(first);
        if (second != null) {
          out.add(new Readiness.OutletSchedule(o.id(),
              Duration.ofMillis(second.getTime() - first.getTime())));
        }
      } catch (ParseException | RuntimeException e) {
        // The config loader has checked the cron; an outlet without one is never late.
      }
    }
    return out;
  }

  @Override
  public VersionListener listener() {
    return metrics.andThen(stories);
  }

  @Override
  public OkHttpClient observe(OkHttpClient client) {
    return metrics.fetchMeter(outletByHost).observe(client);
  }

  @Override
  public void catchUp() {
    catchUp.run();
  }

  @Override
  public String describe() {
    return "API on http://127.0.0.1:" + server.port() + "/api/";
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(archive.dir().resolve(DaemonInfo.FILE));
    } catch (IOException e) {
      // A stale file is harmless: readers check that its process is alive.
    } finally {
      server.close();
      index.close();
      stories.close();
    }
  }
}

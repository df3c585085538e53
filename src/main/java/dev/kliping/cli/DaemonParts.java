package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.crawl.VersionListener;
import dev.kliping.schedule.DaemonServices;
import dev.kliping.search.SearchIndex;
import dev.kliping.stories.StoryListener;
import dev.kliping.web.DaemonInfo;
import dev.kliping.web.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;

/**
 * The daemon's companions on its open archive: the search index (fed with each new version) and
 * the read-only API on 127.0.0.1, announced in {@code daemon.json} so that the query commands
 * ask it instead of the locked archive.
 */
final class DaemonParts implements DaemonServices {
  private final Archive archive;
  private final SearchIndex index;
  private final WebServer server;
  private final StoryListener stories;

  private DaemonParts(Archive archive, SearchIndex index, WebServer server,
      StoryListener stories) {
    this.archive = archive;
    this.index = index;
    this.server = server;
    this.stories = stories;
  }

  static DaemonServices start(Settings settings, Archive archive) {
    SearchIndex index = SearchIndex.open(archive);
    WebServer server;
    try {
      server = WebServer.start(archive, index,
          settings.outlets().stream().map(OutletConfig::id).toList(), "127.0.0.1",
          settings.main().daemon().apiPort(), null);
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
    return new DaemonParts(archive, index, server, StoryListener.open(archive));
  }

  @Override
  public VersionListener listener() {
    return index.andThen(stories);
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

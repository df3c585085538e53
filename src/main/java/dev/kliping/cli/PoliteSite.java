package dev.kliping.cli;

import dev.kliping.archive.Exchange;
import dev.kliping.config.HttpSettings;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.fetch.FetchOutcome;
import dev.kliping.fetch.FetchResult;
import dev.kliping.fetch.Fetcher;
import dev.kliping.fetch.HttpClients;
import dev.kliping.fetch.ReplayServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Fetches single pages for the outlet tools as the crawler would: its user agent, robots.txt
 * asked first (a page robots.txt disallows is not fetched), its size and time limits and address
 * guard. Nothing is recorded: trying a page leaves no trace in the archive. With a replay folder
 * the pages come from the recorded outlets on 127.0.0.1, never the network.
 */
final class PoliteSite implements AutoCloseable {
  private final ReplayServer replay;
  private final OkHttpClient client;
  private final Fetcher fetcher;

  private PoliteSite(ReplayServer replay, OkHttpClient client, Fetcher fetcher) {
    this.replay = replay;
    this.client = client;
    this.fetcher = fetcher;
  }

  /**
   * @param replayDir a replay folder ({@code <dir>/<outlet id>/}), or null for the network
   * @param outlets the outlets whose recorded pages the replay serves
   */
  static PoliteSite open(Settings settings, Path replayDir, List<OutletConfig> outlets) {
    ReplayServer replay = replayDir == null ? null : ReplayServer.start(replayDir, outlets);
    // A replay is served from this machine: politeness delays would only slow the tool, as in crawl.
    HttpSettings http = replay == null
        ? settings.main().http() : settings.main().http().withHostDelayMillis(0);
    OkHttpClient client = HttpClients.create(http, replay == null ? null : replay.routing());
    return new PoliteSite(replay, client,
        new Fetcher(client, http, Clock.systemUTC(), result -> { }));
  }

  /**
   * The page, after redirects.
   *
   * @throws UncheckedIOException naming the URL when robots.txt forbids it or it gave no page
   */
  SamplePage page(String url) {
    FetchResult result = fetcher.fetch(url);
    Exchange response = result.response();
    if (result.outcome() != FetchOutcome.OK || response == null) {
      String why = "cannot fetch " + url + ": "
          + result.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + (result.reason() == null ? "" : " (" + result.reason() + ")");
      throw new UncheckedIOException(why, new IOException(why));
    }
    return new SamplePage(url, result.finalUrl(), response.status(), response.body(),
        response.declaredCharset(), "fetched");
  }

  /** The sitemaps the robots.txt of the URL's site names. */
  List<String> sitemaps(String url) {
    return fetcher.sitemapsOf(url);
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    if (replay != null) {
      replay.close();
    }
  }
}

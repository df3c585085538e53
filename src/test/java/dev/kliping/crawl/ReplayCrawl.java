package dev.kliping.crawl;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.kliping.archive.Archive;
import dev.kliping.config.ConfigLoader;
import dev.kliping.config.HttpSettings;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.fetch.HttpClients;
import dev.kliping.fetch.ReplayRouting;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A test's view of one outlet served by WireMock from a replay folder (or from stubs the test
 * adds), crawled with the real fetcher, extractor and archive.
 */
final class ReplayCrawl implements AutoCloseable {
  static final Settings SETTINGS = new ConfigLoader().load(Path.of("config/kliping.yaml"));
  static final HttpSettings FAST = new HttpSettings(HttpSettings.DEFAULTS.userAgent(), 2, 2, 5,
      HttpSettings.DEFAULTS.maxBodyBytes(), 0, 5);

  final WireMockServer server;
  final OutletConfig outlet;
  private final HttpUrl base;
  /* Hosts besides the outlet's that the test serves too, to show they are never asked. */
  private final java.util.Set<String> otherHosts = new java.util.HashSet<>();

  /** Serves the outlet's recorded pages from src/test/resources/replay/<id>. */
  static ReplayCrawl recorded(String outletId) {
    return new ReplayCrawl(SETTINGS.outlet(outletId).orElseThrow(),
        "src/test/resources/replay/" + outletId);
  }

  /** Serves only what the test stubs, for the given outlet. */
  static ReplayCrawl stubbed(OutletConfig outlet) {
    return new ReplayCrawl(outlet, null);
  }

  private ReplayCrawl(OutletConfig outlet, String folder) {
    this.outlet = outlet;
    var options = options().bindAddress("127.0.0.1").dynamicPort();
    this.server = new WireMockServer(folder == null ? options
        : options.usingFilesUnderDirectory(folder));
    server.start();
    // Kept, so that a test can stop the server and crawl an outlet that no longer answers.
    this.base = HttpUrl.get("http://127.0.0.1:" + server.port() + "/");
  }

  /** Serves this host from the same server, so a test can see whether the crawl goes there. */
  ReplayCrawl alsoServing(String host) {
    otherHosts.add(host);
    return this;
  }

  OutletSummary crawl(Path archiveDir) {
    return crawl(archiveDir, FAST);
  }

  OutletSummary crawl(Path archiveDir, HttpSettings http) {
    try (Archive archive = Archive.open(archiveDir)) {
      return crawl(archive, http);
    }
  }

  /** Crawls with other rules for the same outlet, as after an archivist edited its file. */
  OutletSummary crawlAs(Path archiveDir, OutletConfig changed) {
    try (Archive archive = Archive.open(archiveDir)) {
      return crawl(archive, FAST, changed);
    }
  }

  OutletSummary crawl(Archive archive, HttpSettings http) {
    return crawl(archive, http, outlet);
  }

  private OutletSummary crawl(Archive archive, HttpSettings http, OutletConfig outlet) {
    Map<String, HttpUrl> routes = new HashMap<>();
    for (String host : outlet.fetchHosts()) {
      routes.put(host, base);
    }
    for (String host : otherHosts) {
      routes.put(host, base);
    }
    OkHttpClient client = HttpClients.create(http, new ReplayRouting(routes));
    try {
      return new Crawler(archive, client, http, new ArticleExtractor(SETTINGS.boilerplate()),
          Clock.systemUTC(), Crawler.Options.of(SETTINGS)).crawl(List.of(outlet)).get(0);
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}

package dev.kliping.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.config.OutletConfig;
import dev.kliping.crawl.Crawler;
import dev.kliping.crawl.OutletSummary;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.extract.Boilerplate;
import dev.kliping.extract.OutletRules;
import dev.kliping.testing.Pages;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole crawls through the fetch layer: a second visit to an unchanged story is a conditional GET
 * answered 304 (captured, no version), and a feed whose links and redirects point at the local
 * machine leaves the canary listening there untouched.
 */
class CrawlThroughTheGuardsTest {
  @TempDir Path archiveDir;
  WireMockServer server;
  Canary canary;
  OkHttpClient client;

  @BeforeEach
  void start() throws Exception {
    canary = new Canary(InetAddress.getLoopbackAddress());
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    // news.example and evil.example both resolve to loopback; only the page server's exact
    // address and port may be dialled.
    Dns dns = host -> List.of(InetAddress.getByName("127.0.0.1"));
    client = HttpClients.create(TestServer.FAST.withHostDelayMillis(0), null, dns,
        Set.of(new InetSocketAddress("127.0.0.1", server.port())));
  }

  @AfterEach
  void stop() throws Exception {
    client.connectionPool().evictAll();
    server.stop();
    canary.close();
  }

  @Test
  void anUnchangedStoryIsAConditionalGetAndNoNewVersion() {
    String story = base() + "/read/story";
    server.stubFor(get("/rss").willReturn(rss(story)));
    server.stubFor(get("/read/story").withHeader("If-None-Match", absent())
        .willReturn(html().withHeader("ETag", "\"v1\"")));
    server.stubFor(get("/read/story").withHeader("If-None-Match", equalTo("\"v1\""))
        .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v1\"")));

    OutletSummary first = crawl(outlet("news.example"));
    OutletSummary second = crawl(outlet("news.example"));

    assertEquals(1, first.newVersions());
    assertEquals(0, second.newVersions());
    assertEquals(0, second.errors(), "a 304 is no error");
    server.verify(1, getRequestedFor(urlEqualTo("/read/story"))
        .withHeader("If-None-Match", equalTo("\"v1\"")));
    try (Archive archive = Archive.open(archiveDir)) {
      List<Capture> captures = archive.captures(story);
      assertEquals(304, captures.get(captures.size() - 1).status());
      assertEquals(1, archive.history(story).orElseThrow().versions().size());
    }
  }

  @Test
  void trackingAmpAndMobileDuplicatesAreOnePage() {
    String story = base() + "/read/story";
    server.stubFor(get("/rss").willReturn(rss(story + "?utm_source=rss&amp;utm_medium=feed",
        story + "/amp", story + "?amp=1", story + "#comments", story + "?outputType=amp",
        story)));
    server.stubFor(get("/read/story").willReturn(html()));

    OutletSummary summary = crawl(outlet("news.example"));

    assertEquals(1, summary.discovered(), summary.toString());
    assertEquals(1, summary.newVersions());
  }

  @Test
  void linksAndRedirectsToTheLocalMachineMakeNoConnection() {
    String port = String.valueOf(canary.port());
    server.stubFor(get("/rss").willReturn(rss(base() + "/read/away",
        "http://evil.example:" + port + "/read/direct",
        "http://127.0.0.1:" + port + "/read/literal")));
    server.stubFor(get("/read/away").willReturn(aResponse().withStatus(301)
        .withHeader("Location", "http://news.example:" + port + "/read/elsewhere")));

    OutletSummary summary = crawl(outlet("news.example", "evil.example", "127.0.0.1"));

    assertEquals(0, canary.connections(), "connections to the canary on loopback");
    assertEquals(3, summary.errors(), summary.toString());
  }

  private OutletSummary crawl(OutletConfig outlet) {
    try (Archive archive = Archive.open(archiveDir)) {
      return new Crawler(archive, client, TestServer.FAST.withHostDelayMillis(0),
          new ArticleExtractor(Boilerplate.NONE), Clock.systemUTC(), Crawler.Options.DEFAULTS)
          .crawl(List.of(outlet)).get(0);
    }
  }

  private OutletConfig outlet(String... hosts) {
    return new OutletConfig("demo", "Demo", List.of(hosts), List.of(base() + "/rss"), List.of(),
        List.of(), null, List.of("https?://[^/]+/read/[a-z]+"), "0 0/20 * * * ?", null, "id",
        OutletRules.NONE);
  }

  private String base() {
    return "http://news.example:" + server.port();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder html() {
    return aResponse().withHeader("Content-Type", "text/html; charset=UTF-8")
        .withBody(Pages.article());
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder rss(
      String... links) {
    StringBuilder items = new StringBuilder();
    for (String link : links) {
      items.append("<item><title>t</title><link>").append(link).append("</link></item>");
    }
    return aResponse().withHeader("Content-Type", "application/rss+xml").withBody(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Demo</title>"
            + "<link>https://news.example/</link><description>d</description>" + items
            + "</channel></rss>");
  }
}

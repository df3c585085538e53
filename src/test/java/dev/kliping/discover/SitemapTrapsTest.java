package dev.kliping.discover;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.kliping.config.HttpSettings;
import dev.kliping.fetch.FetchOutcome;
import dev.kliping.fetch.FetchResult;
import dev.kliping.fetch.Fetcher;
import dev.kliping.fetch.HttpClients;
import dev.kliping.fetch.ReplayRouting;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sitemap traps served by WireMock and walked with the real fetcher: an endless calendar of daily
 * sitemaps stops at the host's URL budget, and a gzip bomb dressed as {@code sitemap.xml.gz} is
 * refused by its decompressed size. Both end in a reported problem, and the walk goes on.
 */
class SitemapTrapsTest {
  static final int BUDGET = 25;
  static final long SITEMAP_LIMIT = 1024 * 1024;
  static final HttpSettings SETTINGS = new HttpSettings(HttpSettings.DEFAULTS.userAgent(), 2, 2,
      4, 1024 * 1024, 0, 5, 60, 3600, 24, SITEMAP_LIMIT, BUDGET);

  WireMockServer server;
  OkHttpClient client;
  Fetcher fetcher;
  final List<String> problems = new ArrayList<>();

  @BeforeEach
  void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    client = HttpClients.create(SETTINGS, new ReplayRouting(
        Map.of("news.example", HttpUrl.get("http://127.0.0.1:" + server.port() + "/"))));
    fetcher = new Fetcher(client, SETTINGS, Clock.systemUTC(), r -> { });
  }

  @AfterEach
  void stop() {
    client.connectionPool().evictAll();
    server.stop();
  }

  @Test
  void anEndlessCalendarStopsAtTheHostsBudget() {
    // Each day's sitemap index lists ten more: /day/1 lists /day/10 to /day/19, and so on for
    // ever. Wide as well as deep, so it is the budget that stops it, not the depth limit.
    server.stubFor(get(urlPathMatching("/day/[0-9]+")).willReturn(aResponse()
        .withHeader("Content-Type", "application/xml")
        .withBody("<?xml version=\"1.0\"?><sitemapindex "
            + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "{{#each (range 0 9) as |i|}}<sitemap><loc>https://news.example/day/"
            + "{{request.path.1}}{{i}}</loc></sitemap>{{/each}}</sitemapindex>")
        .withTransformers("response-template")));

    List<String> pages = walk("https://news.example/day/1");

    assertEquals(List.of(), pages);
    assertEquals(BUDGET, server.getAllServeEvents().size() - 1, "robots.txt and the budget");
    assertTrue(problems.stream().anyMatch(p -> p.contains("budget")), problems.toString());
  }

  @Test
  void aGzipBombSitemapIsRefusedAndTheWalkGoesOn() throws Exception {
    byte[] bomb = SitemapReaderTest.gzip(new byte[32 * 1024 * 1024]);
    server.stubFor(get("/sitemap.xml.gz").willReturn(aResponse()
        .withHeader("Content-Type", "application/x-gzip").withBody(bomb)));
    server.stubFor(get("/news-sitemap.xml").willReturn(aResponse()
        .withBody(SitemapWalkTest.urlset("https://news.example/read/1"))));

    List<String> pages = walk("https://news.example/sitemap.xml.gz",
        "https://news.example/news-sitemap.xml");

    assertEquals(List.of("https://news.example/read/1"), pages);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("decompresses to more than " + SITEMAP_LIMIT),
        problems.get(0));
  }

  private List<String> walk(String... roots) {
    SitemapWalk walk = new SitemapWalk(new SitemapReader(SETTINGS.maxSitemapBytes()),
        new UrlBudget(SETTINGS.maxUrlsPerHost()), (url, why) -> problems.add(url + ": " + why));
    return walk.pages(List.of(roots), url -> {
      FetchResult result = fetcher.fetch(url);
      return result.outcome() == FetchOutcome.OK ? result.response().body() : null;
    });
  }
}

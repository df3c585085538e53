package dev.kliping.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.config.HttpSettings;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.OutletRules;
import dev.kliping.testing.Pages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases 4 and 8 of the hostile cases: a crawl never leaves the outlet's hosts (robots.txt
 * sitemaps, sitemap-index entries, article redirects), except to hosts the outlet file lists in
 * extra_hosts; a stray NUL does not make an HTML page binary; and a page that gives no version
 * counts as an error.
 */
class HostileResponsesTest {
  static final String ELSEWHERE = "elsewhere.example";
  /** No host delay, and timeouts a loaded machine cannot trip. */
  static final HttpSettings PATIENT = new HttpSettings(HttpSettings.DEFAULTS.userAgent(), 10, 10,
      30, HttpSettings.DEFAULTS.maxBodyBytes(), 0, 5);

  @TempDir Path archiveDir;
  ReplayCrawl replay;

  @AfterEach
  void stop() {
    replay.close();
  }

  static OutletConfig demo(List<String> sitemaps, List<String> extraHosts) {
    return new OutletConfig("demo", "Demo News", List.of("news.example"),
        List.of("https://news.example/rss"), sitemaps, List.of(), null,
        List.of("https://news\\.example/read/[a-z]+"), "0 0/20 * * * ?", null, "id",
        OutletRules.NONE, extraHosts);
  }

  private void stub(String host, String path, String contentType, String body) {
    replay.server.stubFor(get(path).withHeader("Host", equalTo(host)).willReturn(aResponse()
        .withHeader("Content-Type", contentType).withBody(body)));
  }

  private List<Capture> captures(String url) {
    try (Archive archive = Archive.open(archiveDir)) {
      return archive.captures(url);
    }
  }

  /** The outcome of each capture of the URL, feeds and sitemaps included (no page row). */
  private List<String> outcomes(String url) {
    try (Archive archive = Archive.open(archiveDir);
        var c = archive.dataSource().getConnection();
        var ps = c.prepareStatement("SELECT outcome FROM capture WHERE url = ? ORDER BY id")) {
      ps.setString(1, url);
      List<String> outcomes = new java.util.ArrayList<>();
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          outcomes.add(rs.getString(1));
        }
      }
      return outcomes;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private int versions(String url) {
    try (Archive archive = Archive.open(archiveDir)) {
      return archive.history(url).map(h -> h.versions().size()).orElse(0);
    }
  }

  @Test
  void robotsSitemapsSitemapIndexEntriesAndRedirectsStayOnTheOutletsHosts() {
    replay = ReplayCrawl.stubbed(demo(List.of(), List.of())).alsoServing(ELSEWHERE);
    stub("news.example", "/robots.txt", "text/plain", "User-agent: *\nAllow: /\n"
        + "Sitemap: https://" + ELSEWHERE + "/sitemap.xml\n"
        + "Sitemap: https://news.example/sitemap-index.xml\n");
    stub("news.example", "/rss", "application/rss+xml", BadResponsesTest.rss("ok"));
    stub("news.example", "/read/ok", "text/html; charset=UTF-8", Pages.article());
    stub("news.example", "/sitemap-index.xml", "application/xml", index(
        "https://" + ELSEWHERE + "/sitemap-2.xml", "https://news.example/sitemap-1.xml"));
    stub("news.example", "/sitemap-1.xml", "application/xml",
        urlset("https://news.example/read/moved"));
    replay.server.stubFor(get("/read/moved").withHeader("Host", equalTo("news.example"))
        .willReturn(aResponse().withStatus(301)
            .withHeader("Location", "https://" + ELSEWHERE + "/read/evil")));
    // Whatever the other host would answer: a sitemap of articles, an article.
    stub(ELSEWHERE, "/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    stub(ELSEWHERE, "/sitemap.xml", "application/xml", urlset("https://news.example/read/planted"));
    stub(ELSEWHERE, "/sitemap-2.xml", "application/xml", urlset("https://news.example/read/planted"));
    stub(ELSEWHERE, "/read/evil", "text/html; charset=UTF-8", Pages.article());

    OutletSummary summary = replay.crawl(archiveDir, PATIENT);

    assertEquals(List.of(), replay.server.findAll(anyRequestedFor(anyUrl())
        .withHeader("Host", equalTo(ELSEWHERE))), "requests to " + ELSEWHERE);
    assertEquals(1, versions("https://news.example/read/ok"));
    assertEquals(0, versions("https://news.example/read/moved"), "no capture of another host");
    assertEquals(0, versions("https://news.example/read/planted"));
    for (String refused : List.of("https://" + ELSEWHERE + "/sitemap.xml",
        "https://" + ELSEWHERE + "/sitemap-2.xml")) {
      assertEquals(List.of("off_host"), outcomes(refused), "recorded: " + refused);
    }
    List<Capture> moved = captures("https://news.example/read/moved");
    assertEquals(List.of("fetched", "bad_redirect"),
        moved.stream().map(Capture::outcome).toList(), "the 301, then the refusal");
    assertTrue(moved.get(1).reason().contains(ELSEWHERE), moved.get(1).reason());
    assertTrue(summary.errors() >= 3, summary.toString());
  }

  @Test
  void anExtraHostInTheOutletFileMayServeItsSitemaps() {
    String cdn = "cdn.example";
    replay = ReplayCrawl.stubbed(demo(List.of("https://" + cdn + "/sitemap.xml"), List.of(cdn)));
    stub("news.example", "/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    stub(cdn, "/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    stub("news.example", "/rss", "application/rss+xml", BadResponsesTest.rss());
    stub(cdn, "/sitemap.xml", "application/xml", urlset("https://news.example/read/ok"));
    stub("news.example", "/read/ok", "text/html; charset=UTF-8", Pages.article());

    OutletSummary summary = replay.crawl(archiveDir, PATIENT);

    assertEquals(1, versions("https://news.example/read/ok"), summary.toString());
    assertEquals(0, summary.errors(), summary.toString());
  }

  @Test
  void aNulInAnHtmlCommentDoesNotMakeThePageBinary() {
    replay = ReplayCrawl.stubbed(demo(List.of(), List.of()));
    stub("news.example", "/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    stub("news.example", "/rss", "application/rss+xml", BadResponsesTest.rss("nul"));
    String html = Pages.article().replace("<head>", "<head><!-- build \u0000 42 -->");
    assertTrue(html.contains("\u0000"));
    stub("news.example", "/read/nul", "text/html; charset=UTF-8", html);

    OutletSummary summary = replay.crawl(archiveDir, PATIENT);

    assertEquals(1, versions("https://news.example/read/nul"), summary.toString());
    assertEquals(0, summary.errors(), summary.toString());
  }

  @Test
  void aPageThatGivesNoVersionCountsAsAnError() {
    replay = ReplayCrawl.stubbed(demo(List.of(), List.of()));
    stub("news.example", "/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    stub("news.example", "/rss", "application/rss+xml", BadResponsesTest.rss("ok", "png"));
    stub("news.example", "/read/ok", "text/html; charset=UTF-8", Pages.article());
    byte[] png = new byte[4096];
    byte[] magic = "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(magic, 0, png, 0, magic.length);
    replay.server.stubFor(get("/read/png").willReturn(aResponse()
        .withHeader("Content-Type", "text/html").withBody(png)));

    OutletSummary summary = replay.crawl(archiveDir, PATIENT);

    assertEquals(1, versions("https://news.example/read/ok"));
    assertEquals(0, versions("https://news.example/read/png"));
    assertEquals(1, summary.errors(), "the binary page is an error: " + summary);
  }

  private static String index(String... sitemaps) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String url : sitemaps) {
      s.append("<sitemap><loc>").append(url).append("</loc></sitemap>");
    }
    return s.append("</sitemapindex>").toString();
  }

  private static String urlset(String... urls) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String url : urls) {
      s.append("<url><loc>").append(url).append("</loc></url>");
    }
    return s.append("</urlset>").toString();
  }
}

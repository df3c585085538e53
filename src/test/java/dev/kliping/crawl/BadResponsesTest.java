package dev.kliping.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.kliping.archive.Archive;
import dev.kliping.testing.Pages;
import dev.kliping.archive.Capture;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.OutletRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unreachable hosts, 404, 500, timeouts, resets, non-HTML and empty bodies: the pass goes on. */
class BadResponsesTest {
  static final OutletConfig DEMO = new OutletConfig("demo", "Demo News", List.of("news.example"),
      List.of("https://news.example/rss"), List.of(), List.of(), null,
      List.of("https://news\\.example/read/[a-z]+"), "0 0/20 * * * ?", null, "id",
      OutletRules.NONE);

  @TempDir Path archiveDir;
  ReplayCrawl replay;

  @BeforeEach
  void serve() {
    replay = ReplayCrawl.stubbed(DEMO);
    replay.server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    replay.server.stubFor(get("/rss").willReturn(aResponse()
        .withHeader("Content-Type", "application/rss+xml; charset=UTF-8")
        .withBody(rss("ok", "missing", "broken", "slow", "reset", "pdf", "empty"))));
    replay.server.stubFor(get("/read/ok").willReturn(html(Pages.article())));
    replay.server.stubFor(get("/read/missing").willReturn(aResponse().withStatus(404)));
    replay.server.stubFor(get("/read/broken").willReturn(aResponse().withStatus(500)));
    replay.server.stubFor(get("/read/slow").willReturn(html(Pages.article())
        .withFixedDelay(4_000)));
    replay.server.stubFor(get("/read/reset")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    replay.server.stubFor(get("/read/pdf").willReturn(aResponse()
        .withHeader("Content-Type", "application/pdf").withBody(new byte[] {'%', 'P', 'D', 'F'})));
    replay.server.stubFor(get("/read/empty").willReturn(html("")));
  }

  @AfterEach
  void stop() {
    replay.close();
  }

  @Test
  void failuresAreCountedAndThePassGoesOn() {
    OutletSummary summary = replay.crawl(archiveDir);

    // pdf and empty are fetched but give no version: errors too.
    assertEquals(new OutletSummary("demo", 7, 3, 1, 0, 6), summary);
    assertFalse(summary.failedEntirely());
    try (Archive archive = Archive.open(archiveDir)) {
      assertEquals(1, archive.history("https://news.example/read/ok").orElseThrow()
          .versions().size());
      for (String capturedOnly : List.of("pdf", "empty")) {
        String url = "https://news.example/read/" + capturedOnly;
        assertTrue(archive.history(url).orElseThrow().versions().isEmpty(), url);
        Capture capture = archive.captures(url).get(0);
        assertEquals(200, capture.status(), url);
        assertTrue(capture.hasResponse(), url);
      }
      for (String failed : List.of("slow", "reset")) {
        Capture capture = archive.captures("https://news.example/read/" + failed).get(0);
        assertFalse(capture.hasResponse(), failed);
        assertEquals("failed", capture.outcome(), failed);
        assertTrue(capture.reason() != null && !capture.reason().isBlank(), failed);
      }
      assertEquals(404,
          archive.captures("https://news.example/read/missing").get(0).status());
    }
  }

  @Test
  void unreachableOutletFailsEntirelyWithoutHarmingTheArchive() {
    replay.crawl(archiveDir);
    replay.server.stop();

    OutletSummary summary = replay.crawl(archiveDir);

    assertTrue(summary.failedEntirely(), summary.toString());
    assertEquals(0, summary.fetched());
    try (Archive archive = Archive.open(archiveDir)) {
      assertEquals(1, archive.history("https://news.example/read/ok").orElseThrow()
          .versions().size());
    }
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder html(String body) {
    return aResponse().withHeader("Content-Type", "text/html; charset=UTF-8").withBody(body);
  }

  static String rss(String... slugs) {
    StringBuilder items = new StringBuilder();
    for (String slug : slugs) {
      items.append("<item><title>").append(slug).append("</title><link>https://news.example/read/")
          .append(slug).append("?utm_source=rss</link></item>");
    }
    items.append("<item><title>elsewhere</title><link>https://elsewhere.example/read/x</link>"
        + "</item>");
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Demo</title><link>https://news.example/</link><description>d</description>"
        + items + "</channel></rss>";
  }
}

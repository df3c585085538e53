package dev.kliping.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.archive.OutletHealth;
import dev.kliping.archive.PageEvent;
import dev.kliping.archive.PageHistory;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.OutletRules;
import dev.kliping.testing.Pages;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories taken down or moved after publication, and an outlet whose layout changed. */
class StoryEventsTest {
  @TempDir Path archiveDir;

  @Test
  void takenDownAndMovedStoriesAreRecordedAndNoLongerRevisited() {
    try (ReplayCrawl replay = ReplayCrawl.stubbed(BadResponsesTest.DEMO)) {
      serve(replay, "gone", "moved", "kept");
      replay.crawl(archiveDir);

      replay.server.stubFor(get("/read/gone").atPriority(1)
          .willReturn(aResponse().withStatus(410)));
      replay.server.stubFor(get("/read/moved").atPriority(1).willReturn(aResponse()
          .withStatus(301).withHeader("Location", "https://news.example/read/elsewhere")));
      replay.server.stubFor(get("/read/elsewhere")
          .willReturn(BadResponsesTest.html(Pages.article())));
      replay.crawl(archiveDir);
    }
    try (Archive archive = Archive.open(archiveDir)) {
      PageHistory gone = archive.history("https://news.example/read/gone").orElseThrow();
      assertEquals(PageEvent.GONE, gone.events().get(0).kind());
      assertEquals("HTTP 410", gone.events().get(0).detail());
      assertEquals(1, gone.versions().size(), "the archived version stays");
      PageHistory moved = archive.history("https://news.example/read/moved").orElseThrow();
      assertEquals(PageEvent.MOVED, moved.events().get(0).kind());
      assertEquals("https://news.example/read/elsewhere", moved.events().get(0).detail());
      for (String url : List.of("gone", "moved")) {
        assertNull(archive.findPage("https://news.example/read/" + url).orElseThrow()
            .nextFetchAt(), url + " is no longer revisited");
      }
      PageHistory kept = archive.history("https://news.example/read/kept").orElseThrow();
      assertTrue(kept.events().isEmpty());
      assertTrue(archive.findPage("https://news.example/read/kept").orElseThrow()
          .nextFetchAt() != null);
    }
  }

  @Test
  void rulesThatStopMatchingRaiseADriftAlert() {
    OutletConfig changedSite = new OutletConfig("demo", "Demo News", List.of("news.example"),
        List.of("https://news.example/rss"), List.of(), List.of(), null,
        List.of("https://news\\.example/read/[a-z]+"), "0 0/20 * * * ?", null, "id",
        new OutletRules(List.of("h1.old-title"), List.of("div.old-body"), null, null, null, null,
            null, null, null, null, null, null));
    try (ReplayCrawl replay = ReplayCrawl.stubbed(changedSite)) {
      serve(replay, "satu", "dua", "tiga");
      OutletSummary summary = replay.crawl(archiveDir);
      assertEquals(3, summary.newVersions(), "the generic extractor still archives them");
    }
    try (Archive archive = Archive.open(archiveDir)) {
      Instant now = Instant.now();
      OutletHealth health = archive.health("demo", LocalDate.ofInstant(now, ZoneOffset.UTC), now);
      assertEquals(3, health.today().fellBackToGeneric());
      assertEquals(0, health.today().extractedByRules());
      assertTrue(health.alerts().stream().anyMatch(a -> a.startsWith("rules stopped matching")),
          health.alerts().toString());
      assertFalse(health.alerts().stream().anyMatch(a -> a.startsWith("never crawled")));
    }
  }

  private static void serve(ReplayCrawl replay, String... slugs) {
    replay.server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    replay.server.stubFor(get("/rss").willReturn(aResponse()
        .withHeader("Content-Type", "application/rss+xml")
        .withBody(BadResponsesTest.rss(slugs))));
    for (String slug : slugs) {
      replay.server.stubFor(get("/read/" + slug).willReturn(BadResponsesTest.html(
          Pages.article().replace("Muara Enim", "Muara Enim " + slug))));
    }
  }
}

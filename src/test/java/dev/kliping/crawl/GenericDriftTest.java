package dev.kliping.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.archive.OutletHealth;
import dev.kliping.testing.Pages;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outlet without rules is read by the generic extractor as expected, so good pages raise no
 * drift alert; its drift check watches its pages instead, and pages that come back empty raise one.
 */
class GenericDriftTest {
  /** What a site that moved its articles behind a script serves: a shell with no text. */
  private static final String EMPTY_SHELL = "<!DOCTYPE html><html lang=\"id\"><head>"
      + "<title>Memuat...</title></head><body><div id=\"app\"></div>"
      + "<script src=\"/app.js\"></script></body></html>";

  @TempDir Path archiveDir;

  @Test
  void aRuleLessOutletRaisesNoDriftAlertOnGoodPages() {
    try (ReplayCrawl replay = ReplayCrawl.stubbed(BadResponsesTest.DEMO)) {
      serve(replay, true, "satu", "dua", "tiga");
      assertEquals(3, replay.crawl(archiveDir).newVersions());
    }
    OutletHealth health = health();
    assertEquals(3, health.today().fellBackToGeneric(), "read by the generic extractor");
    assertTrue(health.today().words() > 3 * 50, "words are counted: " + health.today());
    assertTrue(health.alerts().isEmpty(), health.alerts().toString());
  }

  @Test
  void aRuleLessOutletRaisesOneWhenItsPagesComeBackEmpty() {
    try (ReplayCrawl replay = ReplayCrawl.stubbed(BadResponsesTest.DEMO)) {
      serve(replay, true, "satu", "dua", "tiga");
      replay.crawl(archiveDir);
      replay.server.resetAll();
      serve(replay, false, "satu", "dua", "tiga");
      replay.crawl(archiveDir);
      replay.crawl(archiveDir);
    }
    OutletHealth health = health();
    assertEquals(6, health.today().emptyBody());
    assertTrue(health.alerts().stream().anyMatch(a -> a.startsWith("pages came back empty: 6 of 9")),
        health.alerts().toString());
    assertFalse(health.alerts().stream().anyMatch(a -> a.startsWith("rules stopped matching")),
        "an outlet without rules has none to stop matching: " + health.alerts());
  }

  private OutletHealth health() {
    try (Archive archive = Archive.open(archiveDir)) {
      Instant now = Instant.now();
      return archive.health("demo", LocalDate.ofInstant(now, ZoneOffset.UTC), now);
    }
  }

  private static void serve(ReplayCrawl replay, boolean good, String... slugs) {
    replay.server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    replay.server.stubFor(get("/rss").willReturn(aResponse()
        .withHeader("Content-Type", "application/rss+xml")
        .withBody(BadResponsesTest.rss(slugs))));
    for (String slug : slugs) {
      replay.server.stubFor(get("/read/" + slug).willReturn(BadResponsesTest.html(good
          ? Pages.article().replace("Muara Enim", "Muara Enim " + slug) : EMPTY_SHELL)));
    }
  }
}

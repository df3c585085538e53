package dev.kliping.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.archive.PageEvent;
import dev.kliping.archive.PageHistory;
import dev.kliping.testing.Pages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page that declares another of the outlet's URLs canonical has its versions kept there. */
class CanonicalFoldingTest {
  @TempDir Path archiveDir;

  @Test
  void versionsGoToTheDeclaredCanonicalPage() {
    String original = "https://news.example/read/original";
    try (ReplayCrawl replay = ReplayCrawl.stubbed(BadResponsesTest.DEMO)) {
      replay.server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
      replay.server.stubFor(get("/rss").willReturn(aResponse()
          .withHeader("Content-Type", "application/rss+xml")
          .withBody(BadResponsesTest.rss("copy"))));
      replay.server.stubFor(get("/read/copy").willReturn(BadResponsesTest.html(Pages.article()
          .replace("</head>", "<link rel=\"canonical\" href=\"" + original + "\"></head>"))));

      OutletSummary summary = replay.crawl(archiveDir);
      assertEquals(1, summary.newVersions());
    }
    try (Archive archive = Archive.open(archiveDir)) {
      assertEquals(1, archive.history(original).orElseThrow().versions().size());
      PageHistory copy = archive.history("https://news.example/read/copy").orElseThrow();
      assertTrue(copy.versions().isEmpty());
      assertEquals(PageEvent.DUPLICATE, copy.events().get(0).kind());
      assertEquals(original, copy.events().get(0).detail());
      assertEquals(null, archive.findPage("https://news.example/read/copy").orElseThrow()
          .nextFetchAt(), "the copy is not revisited");
    }
  }
}

package dev.kliping.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Version;
import dev.kliping.version.NormalizedArticle;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each outlet's replay, crawled end to end, stores exactly the golden extraction of its seed
 * article, no boilerplate in any body, and a second crawl of the same pages stores nothing new.
 */
class GoldenCrawlTest {
  @TempDir Path archiveDir;

  @ParameterizedTest
  @ValueSource(strings = {"rmol", "medcom", "epochtimes", "kompastv", "paltv"})
  void crawlStoresTheGoldenArticle(String outlet) {
    Golden golden = Golden.of(outlet);
    OutletSummary first;
    OutletSummary second;
    try (ReplayCrawl replay = ReplayCrawl.recorded(outlet)) {
      first = replay.crawl(archiveDir);
      second = replay.crawl(archiveDir);
    }

    assertTrue(first.discovered() >= 2, first.toString());
    assertEquals(new OutletSummary(outlet, first.discovered(), first.discovered(),
        first.discovered(), 0, 0), first, "every discovered article stored once");
    assertEquals(new OutletSummary(outlet, first.discovered(), first.discovered(), 0,
        first.discovered(), 0), second, "a second crawl stores no new version");
    try (Archive archive = Archive.open(archiveDir)) {
      String url = ArchiveQueries.pageStartingWith(archive, outlet, golden.body().get(0))
          .orElseThrow(() -> new AssertionError("no stored page starts with the golden lead"));
      NormalizedArticle stored = archive.version(url, 1).orElseThrow().article();
      assertEquals(golden.title(), stored.title());
      assertEquals(golden.authors(), stored.authors());
      assertEquals(golden.editors(), stored.editors());
      assertEquals(golden.published() == null ? null : OffsetDateTime.parse(golden.published()),
          stored.published());
      assertEquals(golden.sourceCredit(), stored.sourceCredit());
      assertEquals(Golden.normalize(golden.body()), withoutDeskInitials(outlet, stored));
      for (Version version : ArchiveQueries.latestVersions(archive, outlet)) {
        for (String line : golden.mustNotContain()) {
          assertFalse(String.join("\n", version.article().paragraphs())
              .contains(Golden.normalize(line)), "boilerplate in a stored body: " + line);
        }
      }
    }
  }

  /** Epoch Times closes with desk initials such as "(sin)"; the golden accepts both forms. */
  private static List<String> withoutDeskInitials(String outlet, NormalizedArticle stored) {
    List<String> body = new ArrayList<>(stored.paragraphs());
    if (outlet.equals("epochtimes") && !body.isEmpty()) {
      String last = body.get(body.size() - 1);
      if (!last.endsWith("(sin)")) {
        body.set(body.size() - 1, last + " (sin)");
      }
    }
    return body;
  }
}

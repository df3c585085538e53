package dev.kliping.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kliping.archive.VersionDiff;
import dev.kliping.testing.CliRun;
import dev.kliping.version.ChangeKind;
import dev.kliping.version.SentenceChange;
import dev.kliping.version.WordChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article edited after publication gets a new version whose diff shows exactly the edit. */
class EditTrackingTest {
  @TempDir Path archiveDir;

  @Test
  void editsBecomeVersionsWithExactDiffs() throws IOException {
    Golden golden = Golden.of("kompastv");
    try (ReplayCrawl replay = ReplayCrawl.recorded("kompastv")) {
      replay.crawl(archiveDir);
      String url;
      try (Archive archive = Archive.open(archiveDir)) {
        url = ArchiveQueries.pageStartingWith(archive, "kompastv", golden.body().get(0))
            .orElseThrow();
      }
      String wholeStory = HttpUrl.get(url).encodedPath() + "?page=all";

      edit(replay, wholeStory, "edits/kompastv-v2.html");
      assertEquals(1, replay.crawl(archiveDir).newVersions());
      edit(replay, wholeStory, "edits/kompastv-v3.html");
      assertEquals(1, replay.crawl(archiveDir).newVersions());
      assertEquals(0, replay.crawl(archiveDir).newVersions(), "the edit is stored once");

      try (Archive archive = Archive.open(archiveDir)) {
        assertEquals(3, archive.history(url).orElseThrow().versions().size());

        VersionDiff numbers = archive.diff(url, 1, 2).orElseThrow();
        assertTrue(numbers.title().isEmpty() && numbers.fields().isEmpty(), numbers.toString());
        assertEquals(1, numbers.body().size(), numbers.body().toString());
        WordChange change = numbers.body().get(0);
        assertEquals(WordChange.Op.REPLACE, change.op());
        assertEquals(List.of("sekitar", "12.000"), change.oldWords());
        assertEquals(List.of("lebih", "dari", "13.000"), change.newWords());

        VersionDiff latest = archive.diff(url, null, null).orElseThrow();
        assertEquals(2, latest.from());
        assertEquals(3, latest.to());
        assertEquals(List.of("(Diperbarui)"), latest.title().get(0).newWords());
        WordChange added = latest.body().get(latest.body().size() - 1);
        assertEquals(WordChange.Op.INSERT, added.op());
        assertEquals("Kementerian Luar Negeri Korea Selatan belum memberikan tanggapan resmi.",
            String.join(" ", added.newWords()).replace(WordChange.PARAGRAPH, "").trim());
        assertCompareAgrees(latest, "http://127.0.0.1:" + replay.server.port() + wholeStory);
      }
    }
  }

  /** `kliping compare` over the two pages prints the diff the crawl stored between them. */
  private static void assertCompareAgrees(VersionDiff stored, String fetchedUrl)
      throws IOException {
    CliRun run = CliRun.of("compare", "--outlet", "kompastv", "--url", fetchedUrl,
        "--format", "json", "src/test/resources/edits/kompastv-v2.html",
        "src/test/resources/edits/kompastv-v3.html");
    assertEquals(0, run.exitCode(), run.toString());
    ObjectMapper json = new ObjectMapper();
    JsonNode printed = json.readTree(run.out());
    assertEquals(stored.significance().label(), printed.get("significance").asText());
    assertEquals(stored.summary(), printed.get("summary").asText());
    assertEquals(stored.kinds().stream().map(ChangeKind::label).toList(),
        json.convertValue(printed.get("kinds"), List.class));
    assertEquals(stored.sentences().size(), printed.get("sentences").size());
    for (int i = 0; i < stored.sentences().size(); i++) {
      SentenceChange s = stored.sentences().get(i);
      JsonNode p = printed.get("sentences").get(i);
      assertEquals(s.op().label(), p.get("op").asText());
      assertEquals(String.valueOf(s.newText()), p.path("new").asText("null"));
      assertEquals(s.kinds().stream().map(ChangeKind::label).toList(),
          json.convertValue(p.get("kinds"), List.class));
    }
    assertTrue(stored.kinds().contains(ChangeKind.HEADLINE), stored.kinds().toString());
    assertTrue(stored.kinds().contains(ChangeKind.ADDED), stored.kinds().toString());
  }

  private static void edit(ReplayCrawl replay, String pathAndQuery, String resource)
      throws IOException {
    replay.server.stubFor(get(urlEqualTo(pathAndQuery)).atPriority(1).willReturn(aResponse()
        .withHeader("Content-Type", "text/html; charset=UTF-8")
        .withBody(Files.readAllBytes(Path.of("src/test/resources", resource)))));
  }
}

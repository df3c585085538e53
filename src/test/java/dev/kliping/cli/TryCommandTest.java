package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kliping.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kliping try} on the recorded outlets: live (replayed) fetches and archived captures. */
class TryCommandTest {
  private static final String REPLAY = "src/test/resources/replay";
  private static final String EPOCH = "https://www.etindonesia.com/2024/06/21/korea-utara-dan-rusia"
      + "-menandatangani-perjanjian-pertahanan-bersama-meningkatkan-kekhawatiran-internasional/";

  @TempDir Path dir;

  @Test
  void showsEachFieldsSelectorTheGenericReadingAndSuggestedRules() {
    CliRun run = CliRun.of("try", "--archive", dir.resolve("none").toString(), "--replay", REPLAY,
        EPOCH);
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("fetched, HTTP 200"), run.out());
    assertTrue(run.out().contains("outlet epochtimes"), run.out());
    assertTrue(run.out().contains("h1.entry-title: Korea Utara dan Rusia"), run.out());
    assertTrue(run.out().contains("div.td-post-content: "), run.out());
    assertTrue(run.out().contains("authors        (no selectors)"), run.out());
    assertTrue(run.out().contains("    body:\n      - 'div.td-post-content'"), run.out());
    assertFalse(Files.exists(dir.resolve("none")), "trying a page archives nothing");
  }

  @Test
  void jsonNamesTheSelectorsAndTheSuggestion() throws Exception {
    CliRun run = CliRun.of("try", "--archive", dir.resolve("none").toString(), "--replay", REPLAY,
        "--format", "json", EPOCH);
    assertEquals(0, run.exitCode(), run::toString);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("epochtimes", json.get("outlet").asText());
    assertEquals("h1.entry-title", json.at("/fields/title/rules/selector").asText());
    assertEquals("meta[property=article:published_time]",
        json.at("/fields/published/rules/selector").asText());
    assertTrue(json.at("/fields/authors/generic").asText().contains("Zhao Fenghua"), run.out());
    assertEquals("outlet", json.at("/stored/extractor").asText());
    assertEquals("div.td-post-content", json.at("/suggested_rules/body/0").asText());
    assertTrue(json.get("suspects").isArray());
  }

  @Test
  void theOutletNamedIsTheOneTriedAndAnUnknownOneIsBadUsage() {
    CliRun run = CliRun.of("try", "--archive", dir.resolve("none").toString(), "--replay", REPLAY,
        "--outlet", "medcom", "https://www.medcom.id/internasional/asia/ObzD3G5K-putin-dan-kim"
            + "-jong-un-teken-pakta-saling-bantu-jika-diserang");
    assertEquals(0, run.exitCode(), run::toString);
    CliRun unknown = CliRun.of("try", "--replay", REPLAY, "--outlet", "nosuch", EPOCH);
    assertEquals(2, unknown.exitCode(), unknown::toString);
    assertTrue(unknown.err().contains("unknown outlet 'nosuch'"), unknown.err());
  }

  @Test
  void robotsTxtIsAskedFirstAndAMissingPageIsOneLine() {
    CliRun denied = CliRun.of("try", "--archive", dir.resolve("none").toString(), "--replay",
        REPLAY, "https://www.etindonesia.com/search/pakta");
    assertEquals(1, denied.exitCode(), denied::toString);
    assertTrue(denied.err().startsWith("kliping: cannot fetch https://www.etindonesia.com/search/"),
        denied.err());
    assertTrue(denied.err().contains("robots"), denied.err());
    assertEquals(1, denied.err().strip().lines().count(), denied.err());

    CliRun missing = CliRun.of("try", "--archive", dir.resolve("none").toString(), "--replay",
        REPLAY, "https://www.etindonesia.com/2024/06/21/no-such-story/");
    assertEquals(1, missing.exitCode(), missing::toString);
    assertTrue(missing.err().contains("HTTP 404"), missing.err());
  }

  @Test
  void fromTheArchiveTakesTheLatestCapture() {
    Path archive = dir.resolve("archive");
    CliRun crawl = CliRun.of("crawl", "--archive", archive.toString(), "--replay", REPLAY,
        "--outlet", "epochtimes");
    assertEquals(0, crawl.exitCode(), crawl::toString);
    CliRun run = CliRun.of("try", "--archive", archive.toString(), "--from-archive", EPOCH);
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("archive (captured "), run.out());
    assertTrue(run.out().contains("h1.entry-title: Korea Utara dan Rusia"), run.out());

    CliRun none = CliRun.of("try", "--archive", archive.toString(), "--from-archive",
        "https://www.etindonesia.com/2024/06/21/never-crawled/");
    assertEquals(1, none.exitCode(), none::toString);
    assertTrue(none.err().contains("no capture of https://www.etindonesia.com/2024/06/21/never"),
        none.err());
  }
}

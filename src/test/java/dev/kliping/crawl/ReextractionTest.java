package dev.kliping.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.archive.PageHistory;
import dev.kliping.archive.VersionDiff;
import dev.kliping.archive.VersionInfo;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.Boilerplate;
import dev.kliping.extract.OutletRules;
import dev.kliping.testing.CliRun;
import dev.kliping.version.Cause;
import dev.kliping.version.WordChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change of our rules is a re-extraction, never a publisher edit. */
class ReextractionTest {
  @TempDir Path archiveDir;

  @Test
  void aRuleChangeThenACrawlYieldsNoPublisherEdit() {
    Golden golden = Golden.of("kompastv");
    try (ReplayCrawl replay = ReplayCrawl.recorded("kompastv")) {
      OutletSummary first = replay.crawl(archiveDir);
      assertTrue(first.newVersions() > 0, first.toString());
      String url = storyUrl(golden);

      OutletSummary again = replay.crawlAs(archiveDir, dropping(replay.outlet, golden));
      assertEquals(0, again.newVersions(), "no publisher edits: " + again);
      assertTrue(again.reextracted() >= 1, again.toString());

      try (Archive archive = Archive.open(archiveDir)) {
        PageHistory history = archive.history(url).orElseThrow();
        assertEquals(2, history.versions().size(), history.toString());
        VersionInfo v2 = history.versions().get(1);
        assertEquals(Cause.REEXTRACTION, v2.cause());
        assertNull(v2.significance(), "a re-extraction is not classified");
        assertTrue(v2.kinds().isEmpty());
        VersionInfo v1 = history.versions().get(0);
        assertEquals(Cause.FIRST, v1.cause());
        assertTrue(!v1.provenance().rulesHash().equals(v2.provenance().rulesHash()),
            "the rules hash records the change");
        assertEquals("outlet", v2.provenance().extractor());
        assertTrue(archive.audit().problems().isEmpty(), archive.audit().toString());
      }
      OutletSummary third = replay.crawlAs(archiveDir, dropping(replay.outlet, golden));
      assertEquals(0, third.newVersions() + third.reextracted(), "stored once: " + third);
      assertEquals(0, total("--changed"), "a re-extraction is no edit to search");
    }
  }

  @Test
  void anEditAfterARuleChangeShowsOnlyThePublishersChange() throws IOException {
    Golden golden = Golden.of("kompastv");
    try (ReplayCrawl replay = ReplayCrawl.recorded("kompastv")) {
      replay.crawl(archiveDir);
      String url = storyUrl(golden);
      String wholeStory = HttpUrl.get(url).encodedPath() + "?page=all";
      replay.server.stubFor(get(urlEqualTo(wholeStory)).atPriority(1).willReturn(aResponse()
          .withHeader("Content-Type", "text/html; charset=UTF-8")
          .withBody(Files.readAllBytes(Path.of("src/test/resources/edits/kompastv-v2.html")))));

      OutletSummary edited = replay.crawlAs(archiveDir, dropping(replay.outlet, golden));
      assertEquals(1, edited.newVersions(), edited.toString());

      try (Archive archive = Archive.open(archiveDir)) {
        List<VersionInfo> versions = archive.history(url).orElseThrow().versions();
        assertEquals(List.of(Cause.FIRST, Cause.REEXTRACTION, Cause.EDIT),
            versions.stream().map(VersionInfo::cause).toList());
        VersionDiff edit = archive.diff(url, 2, 3).orElseThrow();
        assertEquals(1, edit.body().size(), edit.body().toString());
        WordChange change = edit.body().get(0);
        assertEquals(List.of("sekitar", "12.000"), change.oldWords());
        assertEquals(List.of("lebih", "dari", "13.000"), change.newWords());
        assertTrue(versions.get(2).kinds().toString().contains("NUMBER"), versions.toString());
      }
      assertEquals(1, total("--changed"));
      assertEquals(1, total("--substantive"));
      assertEquals(0, total("--corrections"));
    }
  }

  @Test
  void reextractDryRunChangesNothingAndARealRunStoresReextractions() {
    Golden golden = Golden.of("kompastv");
    try (ReplayCrawl replay = ReplayCrawl.recorded("kompastv")) {
      replay.crawlAs(archiveDir, dropping(replay.outlet, golden));
    }
    String url = storyUrl(golden);
    int before = versions(url);

    CliRun dry = CliRun.of("reextract", "--archive", archiveDir.toString(), "--outlet",
        "kompastv", "--dry-run");
    assertEquals(0, dry.exitCode(), dry.toString());
    assertTrue(dry.out().contains("would change (dry run: nothing stored)"), dry.out());
    assertTrue(dry.out().contains("outlet rules or boilerplate changed"), dry.out());
    assertEquals(before, versions(url), "a dry run stores nothing");

    CliRun real = CliRun.of("reextract", "--archive", archiveDir.toString(), "--outlet",
        "kompastv");
    assertEquals(0, real.exitCode(), real.toString());
    assertEquals(before + 1, versions(url));
    CliRun history = CliRun.of("history", "--archive", archiveDir.toString(), url);
    assertTrue(history.out().contains("RE-EXTRACTION, not an edit"), history.out());

    CliRun again = CliRun.of("reextract", "--archive", archiveDir.toString(), "--outlet",
        "kompastv");
    assertTrue(again.out().contains(" 0 texts changed"), again.out());

    CliRun unknown = CliRun.of("reextract", "--archive", archiveDir.toString(), "--outlet",
        "nosuch");
    assertEquals(2, unknown.exitCode(), unknown.toString());
  }

  /** How many stories `kliping search` finds with this filter. */
  private int total(String filter) {
    CliRun run = CliRun.of("search", "--archive", archiveDir.toString(), filter, "--format",
        "json");
    assertEquals(0, run.exitCode(), run.toString());
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("total")
          .asInt();
    } catch (IOException e) {
      throw new AssertionError(run.toString(), e);
    }
  }

  private int versions(String url) {
    try (Archive archive = Archive.open(archiveDir)) {
      return archive.history(url).orElseThrow().versions().size();
    }
  }

  private String storyUrl(Golden golden) {
    try (Archive archive = Archive.open(archiveDir)) {
      return ArchiveQueries.pageStartingWith(archive, "kompastv", golden.body().get(0))
          .orElseThrow();
    }
  }

  /** The outlet's rules with one more boilerplate phrase: the golden story's last paragraph. */
  private static OutletConfig dropping(OutletConfig o, Golden golden) {
    String last = golden.body().get(golden.body().size() - 1);
    String phrase = String.join(" ", List.of(last.split(" ")).subList(0, 4));
    OutletRules r = o.rules();
    Boilerplate b = r.boilerplate();
    List<String> starting = new ArrayList<>(b.dropLinesStarting());
    starting.add(phrase);
    Boilerplate more = new Boilerplate(starting, b.dropLinesEqual(), b.dropLinesContaining(),
        b.endOfBody(), b.captionEndings());
    OutletRules rules = new OutletRules(r.title(), r.body(), r.published(), r.modified(),
        r.authors(), r.editors(), r.section(), r.sourceCredit(), r.remove(), r.pagination(),
        r.zone(), more);
    return new OutletConfig(o.id(), o.name(), o.hosts(), o.feeds(), o.sitemaps(), o.listings(),
        o.listingLinks(), o.articlePatterns(), o.schedule(), o.singlePageQuery(), o.language(),
        rules, o.extract());
  }
}

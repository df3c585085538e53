package dev.kliping.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kliping.archive.Archive;
import dev.kliping.archive.RepeatedParagraph;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.OutletRules;
import dev.kliping.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boilerplate learned from a crawl: a promotion line planted on every page of one outlet is
 * stored with the first pass (nothing is learned yet), learned from the archive, and dropped from
 * what later passes extract (new and edited stories); a line that recurs as much but is marked
 * {@code keep:} stays.
 */
class LearnedBoilerplateCrawlTest {
  static final String PLANTED = "Dukung jurnalisme independen: berlangganan mulai Rp10.000 hari ini!";
  static final String KEPT = "Redaksi menerima koreksi melalui surel ke alamat redaksi@news.example.";
  static final List<String> SLUGS = List.of("banjir", "panen", "kereta", "pasar");

  static final OutletConfig DEMO = new OutletConfig("demo", "Demo News", List.of("news.example"),
      List.of("https://news.example/rss"), List.of(), List.of(), null,
      List.of("https://news\\.example/read/[a-z]+"), "0 0/20 * * * ?", null, "id",
      new OutletRules(null, null, null, null, null, null, null, null, null, null, null, null,
          List.of(KEPT)));

  @TempDir Path archiveDir;
  @TempDir Path configDir;

  @Test
  void aLinePlantedOnEveryPageIsLearnedAndDroppedButKeptLinesStay() throws IOException {
    try (ReplayCrawl replay = ReplayCrawl.stubbed(DEMO)) {
      replay.server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
      replay.server.stubFor(get("/rss").willReturn(BadResponsesTest.html(
          BadResponsesTest.rss(SLUGS.toArray(String[]::new)))));
      for (String slug : SLUGS) {
        replay.server.stubFor(get("/read/" + slug).willReturn(BadResponsesTest.html(page(slug))));
      }

      assertEquals(4, replay.crawl(archiveDir).newVersions());
      String url = "https://news.example/read/banjir";
      try (Archive archive = Archive.open(archiveDir)) {
        String first = archive.version(url, 1).orElseThrow().article().body();
        assertTrue(first.contains(PLANTED), "nothing is learned before the first pass: " + first);
        List<RepeatedParagraph> learned = archive.repeatedParagraphs("demo", Duration.ofDays(30), 3);
        assertEquals(List.of(PLANTED, KEPT),
            learned.stream().map(RepeatedParagraph::text).sorted().toList());
        assertEquals(4, learned.get(0).pages());
        assertFalse(learned.get(0).firstSeen().isAfter(learned.get(0).lastSeen()));
        // Three pages are needed: two are a coincidence.
        assertTrue(archive.repeatedParagraphs("demo", Duration.ofDays(30), 5).isEmpty());
      }

      // The next pass reads the learned lines: the four stories are extracted again without the
      // promotion (their bytes did not change: re-extractions, not edits), and a new story comes
      // without it.
      replay.server.stubFor(get("/rss").willReturn(BadResponsesTest.html(
          BadResponsesTest.rss("banjir", "panen", "kereta", "pasar", "cuaca"))));
      replay.server.stubFor(get("/read/cuaca").willReturn(BadResponsesTest.html(page("cuaca"))));
      var second = replay.crawl(archiveDir);
      assertEquals(1, second.newVersions(), second.toString());
      assertEquals(4, second.reextracted(), second.toString());
      try (Archive archive = Archive.open(archiveDir)) {
        for (String slug : SLUGS) {
          String again = archive.version("https://news.example/read/" + slug, 2).orElseThrow()
              .article().body();
          assertFalse(again.contains(PLANTED), again);
          assertTrue(again.contains(KEPT), again);
        }
        String body = archive.version("https://news.example/read/cuaca", 1).orElseThrow()
            .article().body();
        assertFalse(body.contains(PLANTED), body);
        assertTrue(body.contains(KEPT), "a keep: line is content: " + body);
        assertTrue(body.contains("Warga cuaca"), body);
      }
      // An edited story is extracted again, and without the promotion too.
      replay.server.stubFor(get("/read/pasar").willReturn(BadResponsesTest.html(
          page("pasar").replace("Senin pagi", "Senin siang"))));
      assertEquals(1, replay.crawl(archiveDir).newVersions());
      try (Archive archive = Archive.open(archiveDir)) {
        String body = archive.version("https://news.example/read/pasar", 3).orElseThrow()
            .article().body();
        assertFalse(body.contains(PLANTED), body);
        assertTrue(body.contains("Senin siang") && body.contains(KEPT), body);
      }
      // Once learned, a line stays learned though new bodies no longer hold it: no flip-flop.
      assertEquals(0, replay.crawl(archiveDir).newVersions());
    }

    CliRun run = CliRun.of("boilerplate", "--outlet", "demo", "--format", "json",
        "--config", config().toString(), "--archive", archiveDir.toString());
    assertEquals(0, run.exitCode(), run::toString);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(2, json.path("lines").size(), run::toString);
    for (JsonNode line : json.path("lines")) {
      // The kept line is on all five pages; the promotion on the four stored before learning.
      assertEquals(line.path("text").asText().equals(KEPT) ? 5 : 4, line.path("count").asInt(),
          run::toString);
      assertEquals(line.path("text").asText().equals(KEPT), line.path("kept").asBoolean());
      assertFalse(line.path("first_seen").asText().isEmpty());
      assertFalse(line.path("last_seen").asText().isEmpty());
    }
    CliRun unknown = CliRun.of("boilerplate", "--outlet", "nope",
        "--config", config().toString(), "--archive", archiveDir.toString());
    assertEquals(2, unknown.exitCode(), unknown::toString);
    assertTrue(unknown.err().contains("unknown outlet"), unknown::toString);
  }

  private Path config() throws IOException {
    Files.createDirectories(configDir.resolve("outlets"));
    Files.writeString(configDir.resolve("outlets/demo.yaml"), """
        id: demo
        name: Demo News
        hosts: [news.example]
        feeds: ["https://news.example/rss"]
        article_patterns: ['https://news\\.example/read/[a-z]+']
        schedule: "0 0/20 * * * ?"
        language: id
        rules:
          keep:
            - "%s"
        """.formatted(KEPT));
    Path file = configDir.resolve("kliping.yaml");
    Files.writeString(file, "outlets: [demo]\nlearned_boilerplate: {window_days: 30, min_pages: 3}\n");
    return file;
  }

  /* One article page: its own story, the planted promotion and the recurring correction note. */
  private static String page(String slug) {
    String p = "<p>Warga " + slug + " berkumpul di balai desa pada Senin pagi untuk membahas "
        + "rencana kerja bersama, dan kepala desa menjelaskan anggaran yang tersedia tahun ini.</p>"
        + "<p>Menurut panitia, kegiatan " + slug + " akan dimulai pekan depan setelah semua warga "
        + "menyetujui jadwal, pembagian tugas, serta tempat penyimpanan peralatan.</p>";
    return "<!doctype html><html lang=id><head><title>Berita " + slug + "</title></head><body>"
        + "<nav><a href=/>Beranda</a></nav><article><h1>Berita " + slug + "</h1>" + p
        + "<p>" + PLANTED + "</p>" + "<p>Para tokoh masyarakat " + slug + " berharap kegiatan "
        + "ini membawa manfaat yang nyata, terutama bagi keluarga yang paling membutuhkan.</p>"
        + "<p>" + KEPT + "</p></article></body></html>";
  }
}

package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kliping.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract scripts rely on: output shapes and exit codes. */
class CommandLineTest {
  @TempDir Path dir;

  @Test
  void crawlOfReplayPrintsJsonSummary() throws IOException {
    CliRun run = CliRun.of("crawl", "--outlet", "kompastv", "--replay", "src/test/resources/replay",
        "--archive", dir.toString(), "--format", "json");

    assertEquals(0, run.exitCode(), run.err());
    JsonNode outlet = new ObjectMapper().readTree(run.out()).get("outlets").get(0);
    assertEquals("kompastv", outlet.get("outlet").asText());
    assertTrue(outlet.get("discovered").asInt() >= 2, run.out());
    assertEquals(outlet.get("discovered").asInt(), outlet.get("new_versions").asInt(), run.out());
    assertEquals(0, outlet.get("errors").asInt());
    assertEquals(0, outlet.get("unchanged").asInt());
  }

  @Test
  void outletThatFailsEntirelyExitsOne() throws IOException {
    Path mappings = Files.createDirectories(dir.resolve("replay/kompastv/mappings"));
    Files.writeString(mappings.resolve("down.json"),
        "{\"request\":{\"method\":\"GET\",\"urlPattern\":\".*\"},\"response\":{\"status\":503}}");

    CliRun run = CliRun.of("crawl", "--outlet", "kompastv", "--replay",
        dir.resolve("replay").toString(),
        "--archive", dir.resolve("archive").toString());

    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("kompastv"), run.out());
  }

  @Test
  void badConfigExitsTwoNamingFileAndKey() throws IOException {
    Files.createDirectories(dir.resolve("outlets"));
    Files.writeString(dir.resolve("kliping.yaml"), "outlets: [demo]\n");
    Files.writeString(dir.resolve("outlets/demo.yaml"), "id: demo\nhosts: [a.example]\n"
        + "feeds: [https://a.example/rss]\narticle_patterns: ['[unclosed']\n");

    CliRun run = CliRun.of("crawl", "--config", dir.resolve("kliping.yaml").toString(),
        "--archive", dir.resolve("archive").toString());

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("demo.yaml") && run.err().contains("article_patterns[0]"),
        run.err());
  }

  @Test
  void unknownOutletExitsTwo() {
    CliRun run = CliRun.of("crawl", "--outlet", "nosuch", "--archive", dir.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("nosuch"), run.err());
  }

  @Test
  void historyOfUnknownPageExitsOne() {
    CliRun run = CliRun.of("history", "https://www.kompas.tv/none", "--archive",
        dir.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("no such page"), run.err());
  }

  @Test
  void extractPrintsOneJsonObjectPerFile() throws IOException {
    Path page = dir.resolve("page.html");
    Files.writeString(page, dev.kliping.testing.Pages.article());
    Path gz = dir.resolve("page.html.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(page));
    }

    CliRun run = CliRun.of("extract", "--generic", "--url", "https://news.example/read/banjir",
        page.toString(), gz.toString());

    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.out().strip().split("\n");
    assertEquals(2, lines.length);
    for (String line : lines) {
      JsonNode a = new ObjectMapper().readTree(line);
      assertEquals("generic", a.get("extractor").asText());
      assertEquals("Banjir Rendam Tiga Desa di Muara Enim", a.get("title").asText());
      assertEquals("2024-06-20T08:46:00+07:00", a.get("published").asText());
      assertEquals(4, a.get("body").size(), line);
      assertEquals(String.join("\n\n", new ObjectMapper().convertValue(a.get("body"),
          String[].class)), a.get("text").asText());
    }
  }
}

package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kliping.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures made from a crawl's captures replay back to the same versions. */
class FixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** url → title and body of each page's latest version, as exported. */
  private Map<String, String> latest(Path archive) throws Exception {
    Path out = dir.resolve(archive.getFileName() + ".jsonl");
    CliRun export = CliRun.of("export", "--archive", archive.toString(), "--format", "jsonl",
        "--latest", "--out", out.toString());
    assertEquals(0, export.exitCode(), export::toString);
    Map<String, String> versions = new TreeMap<>();
    for (String line : Files.readAllLines(out)) {
      JsonNode v = JSON.readTree(line);
      versions.put(v.get("url").asText(), v.get("title").asText() + "\n" + v.get("body").asText());
    }
    return versions;
  }

  @Test
  void fixturesFromACrawlReplayBackToTheSameVersions() throws Exception {
    Path first = dir.resolve("first");
    CliRun crawl = CliRun.of("crawl", "--archive", first.toString(), "--replay",
        "src/test/resources/replay", "--outlet", "kompastv");
    assertEquals(0, crawl.exitCode(), crawl::toString);
    Map<String, String> recorded = latest(first);
    assertTrue(recorded.size() >= 2, recorded.keySet().toString());

    Path replay = dir.resolve("replay");
    List<String> args = new ArrayList<>(List.of("fixtures", "--archive", first.toString(),
        "--out", replay.toString()));
    args.addAll(recorded.keySet());
    CliRun fixtures = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, fixtures.exitCode(), fixtures::toString);
    assertTrue(fixtures.out().startsWith("wrote "), fixtures.out());
    assertTrue(Files.isDirectory(replay.resolve("kompastv/mappings")));

    Path second = dir.resolve("second");
    CliRun again = CliRun.of("crawl", "--archive", second.toString(), "--replay",
        replay.toString(), "--outlet", "kompastv");
    assertEquals(0, again.exitCode(), again::toString);
    assertEquals(recorded, latest(second));

    CliRun unknown = CliRun.of("fixtures", "--archive", first.toString(), "--out",
        dir.resolve("other").toString(), "https://www.kompas.tv/no/such/page");
    assertEquals(2, unknown.exitCode(), unknown::toString);
    assertTrue(unknown.err().contains("not an archived page"), unknown.err());
  }
}

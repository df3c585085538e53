package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.testing.CliRun;
import dev.kliping.testing.ExportedVersions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures made from a crawl's captures replay back to the same versions. */
class FixturesTest {

  @TempDir Path dir;

  /** url → title and body of each page's latest version, as exported. */
  private Map<String, String> latest(Path archive) throws Exception {
    return ExportedVersions.latest(archive, dir.resolve(archive.getFileName() + ".jsonl"));
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

package dev.kliping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.testing.CliRun;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of benchmark-startup: one round, two pages; no timing is asserted. */
class StartupBenchmarkSmokeTest {
  private static final Pattern ROW = Pattern.compile("(?m)^(.+?)\\s{2,}(\\S+)\\s+(\\d+)\\s+(\\d+|-)"
      + "\\s+([0-9.]+)\\s+([0-9.]+|-)$");

  @TempDir Path work;

  @Test
  void timesEveryCommandAsAChildProcess() {
    CliRun run = CliRun.of("benchmark-startup", "--pages", "src/test/resources/edits",
        "--replay", "src/test/resources/replay", "--runs", "1", "--warmups", "0",
        "--work", work.toString());

    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("archive: 22 versions of 11 pages"), run.out());
    Matcher rows = ROW.matcher(run.out());
    List<String> commands = rows.results().map(r -> r.group(1).strip()).toList();
    assertEquals(List.of("bare JVM", "bare jsoup parse", "extract --generic 2 pages",
        "--version", "--help", "status", "history URL", "diff URL", "search WORDS"), commands,
        run.out());
  }

  @Test
  void aMissingPagesFolderIsBadUsage() {
    CliRun run = CliRun.of("benchmark-startup", "--pages", work.resolve("none").toString(),
        "--work", work.toString());

    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("no such folder"), run.err());
  }
}

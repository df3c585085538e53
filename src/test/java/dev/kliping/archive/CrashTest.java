package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed with SIGKILL mid-stream loses nothing it reported as committed: after each
 * kill the archive opens, every reported capture reads back from its WARC record, version
 * numbers have no gaps, and no WARC file is left open.
 */
class CrashTest {
  @TempDir Path dir;
  @TempDir Path logs;

  @Test
  void killedWriterLosesNothingItCommitted() throws Exception {
    Map<Long, String> committed = new HashMap<>();
    for (int cycle = 0; cycle < 3; cycle++) {
      runAndKill(committed, 25 + cycle * 7);
      assertTrue(WarcRecordsTest.warcFiles(dir.resolve("warc")).stream()
          .anyMatch(p -> p.toString().endsWith(".open")), "the kill left a file open");
      try (Archive archive = Archive.open(dir)) {
        assertTrue(WarcRecordsTest.warcFiles(archive.warcDir()).stream()
            .noneMatch(p -> p.toString().endsWith(".open")), "open files were recovered");
        Set<Long> found = new HashSet<>();
        for (int p = 0; p < 3; p++) {
          String url = Fixtures.URL + "/" + p;
          List<Capture> captures = archive.captures(url);
          for (Capture c : captures) {
            found.add(c.id());
            String body = new String(archive.read(c).body(), StandardCharsets.UTF_8);
            assertTrue(body.startsWith("<p>"), body);
          }
          List<VersionInfo> versions = archive.history(url).orElseThrow().versions();
          for (int n = 0; n < versions.size(); n++) {
            assertEquals(n + 1, versions.get(n).number(), "no gap in version numbers");
          }
        }
        assertTrue(found.containsAll(committed.keySet()),
            "every committed capture survived the kill: missing "
                + committed.keySet().stream().filter(id -> !found.contains(id)).count());
      }
    }
  }

  private void runAndKill(Map<Long, String> committed, int lines) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = logs.resolve("child.log");
    Process child = new ProcessBuilder(java.toString(), "-cp",
        System.getProperty("java.class.path"), CrashChild.class.getName(), dir.toString())
        .redirectError(log.toFile())
        .start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (int i = 0; i < lines; i++) {
        String line = out.readLine();
        if (line == null) {
          throw new AssertionError("child ended early: " + Files.readString(log));
        }
        String[] parts = line.split(" ");
        committed.put(Long.parseLong(parts[1]), parts[2]);
      }
      // SIGKILL, most likely mid-write: the child keeps writing while we read its lines.
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }
  }
}

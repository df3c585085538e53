package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.testing.CliRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files and values given to the command line: a clear message and exit code. */
class HostileInputTest {
  @TempDir Path dir;

  // Case 7: extract reads .gz through the crawler's bounded decompression.

  @Test
  void extractRefusesAGzipBomb() throws IOException {
    Path bomb = dir.resolve("bomb.html.gz");
    byte[] zeros = new byte[1 << 20];
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
      out.write("<html><body><p>".getBytes());
      for (int i = 0; i < 64; i++) {
        out.write(zeros);
      }
    }
    assertTrue(Files.size(bomb) < 1 << 20, "a bomb: under 1 MB packed, 64 MB unpacked");

    CliRun run = CliRun.of("extract", "--generic", bomb.toString());

    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.err().contains("bomb.html.gz") && run.err().contains("more than 10485760"),
        run.err());
    assertFalse(run.err().contains("OutOfMemoryError"), run.err());
  }

  @Test
  void extractStillReadsAnOrdinaryGzippedPage() throws IOException {
    Path page = dir.resolve("page.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
      out.write(dev.kliping.testing.Pages.article().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    CliRun run = CliRun.of("extract", "--generic", page.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("Muara Enim"), run.out());
  }

  // Case 5, on the command line: a date at the end of the range is a usage error naming it.

  @Test
  void searchDatesAtTheEndsOfTheRangeExitTwoNamingTheOption() {
    Path archive = dir.resolve("archive");
    Archive.open(archive).close();
    for (String[] bad : new String[][] {
        {"--as-of", "+999999999-12-31T23:59:59Z"},
        {"--as-of", "-999999999-01-01T00:00:00Z"},
        {"--from", "+999999999-12-31T00:00Z"},
        {"--to", "-999999999-01-01T00:00Z"},
        {"--to", "10000-01-01T00:00"}}) {
      CliRun run = CliRun.of("search", "pakta", bad[0], bad[1], "--archive", archive.toString());
      assertEquals(2, run.exitCode(), String.join(" ", bad) + ": " + run);
      assertTrue(run.err().startsWith("kliping: " + bad[0] + ":"), run.err());
      assertFalse(run.err().contains("Exception"), run.err());
    }
    CliRun export = CliRun.of("export", "--format", "jsonl", "--as-of",
        "+999999999-12-31T23:59:59Z", "--archive", archive.toString());
    assertEquals(2, export.exitCode(), export.toString());
  }
}

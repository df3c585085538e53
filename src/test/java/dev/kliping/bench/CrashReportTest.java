package dev.kliping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures a crash run prints, and reading the versions a killed child promised. */
class CrashReportTest {
  @TempDir Path dir;

  @Test
  void percentilesAreNearestRank() {
    CrashReport r = new CrashReport(1, 4, 4, 4, 10, 0, 0, 2, List.of(40L, 10L, 30L, 20L),
        List.of(), 1000);
    assertEquals(20, r.percentile(50));
    assertEquals(40, r.percentile(95));
    assertEquals(40, r.percentile(100));
    assertTrue(r.passed());
    assertTrue(r.format().contains("versions lost        0"), r.format());
  }

  @Test
  void aLostVersionFailsTheRun() {
    CrashReport r = new CrashReport(1, 1, 0, 1, 3, 1, 0, 1, List.of(5L),
        List.of("cycle 1: version 3 missing"), 1000);
    assertFalse(r.passed());
  }

  @Test
  void aLineCutByTheKillPromisesNothing() throws Exception {
    Path log = dir.resolve("child.log");
    Files.writeString(log, "x INFO ArticleVisit - https://crash.test/news/1-a: version 2 (outlet)\n"
        + "x INFO ArticleVisit - https://crash.test/news/2-a: version 7 (out", StandardCharsets.UTF_8);
    assertEquals(List.of(new ReportedVersions.Reported("https://crash.test/news/1-a", 2)),
        ReportedVersions.read(log));
  }
}

package dev.kliping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash harness against the real crawl: child JVMs crawling a replay whose articles change on
 * every fetch are killed with SIGKILL mid-pass, and after each kill the archive opens, holds every
 * version the child logged as committed, has no duplicate, and agrees with its WARC files.
 */
class CrashHarnessTest {
  @TempDir Path dir;

  @Test
  void killedCrawlsLoseNothingTheyReported() throws Exception {
    // Enough articles that the pass outlasts the kills on a quiet machine too: since the group
    // commit a pass of 40 ended within a second, before any kill.
    Workspace ws = Workspace.create(dir, 200);
    CrashHarness harness = new CrashHarness(
        CrashHarness.ChildCommand.crawl(System.getProperty("java.class.path")),
        line -> System.out.println("crash harness: " + line));
    // Seed 11 kills 1.29, 1.13 and 1.64 s into the article phase: mid-pass, after some versions.
    CrashReport report = harness.run(ws, new CrashHarness.Options(3, 11L, 1_800, 0));

    assertTrue(report.passed(), report::format);
    assertEquals(3, report.survived(), report::format);
    assertEquals(0, report.versionsLost(), report::format);
    assertEquals(0, report.duplicates(), report::format);
    assertTrue(report.versionsReported() > 0, "the children committed versions before the kills: "
        + report.format());
    assertTrue(report.openFilesRecovered() > 0, "kills left .open files to recover: "
        + report.format());
  }
}

package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  private static final String V2 = "src/test/resources/edits/kompastv-v2.html";
  private static final String V3 = "src/test/resources/edits/kompastv-v3.html";

  @TempDir Path dir;

  @Test
  void textNamesSignificanceKindsAndSentences() {
    CliRun run = CliRun.of("compare", "--outlet", "kompastv", V2, V3);
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("substantive ("), run.out());
    assertTrue(run.out().contains("title edited [headline"), run.out());
    assertTrue(run.out().contains("+ Kementerian Luar Negeri Korea Selatan belum memberikan"),
        run.out());
  }

  @Test
  void samePageTwiceIsNoChange() {
    CliRun run = CliRun.of("compare", "--outlet", "kompastv", V2, V2);
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("no change: a crawl would store no new version", run.out().trim());
  }

  @Test
  void aPageWithoutAnArticleFailsWithItsName() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.html"), "<html><body></body></html>");
    CliRun run = CliRun.of("compare", "--generic", V2, empty.toString());
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.err().contains("empty.html: no article"), run.err());
  }

  @Test
  void missingFileIsBadUsage() {
    CliRun run = CliRun.of("compare", V2, dir.resolve("nope.html").toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("no such file"), run.err());
  }

  @Test
  void unknownOutletIsBadUsage() {
    CliRun run = CliRun.of("compare", "--outlet", "nosuch", V2, V3);
    assertEquals(2, run.exitCode(), run.toString());
  }
}

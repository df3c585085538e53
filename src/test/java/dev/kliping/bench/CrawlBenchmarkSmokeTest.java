package dev.kliping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.testing.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of the crawl benchmark: the figures come out, and bad options are refused. */
class CrawlBenchmarkSmokeTest {
  @TempDir Path dir;

  @Test
  void aTinyRunCrawlsEveryArticleTwiceAndReportsTheStorage() throws Exception {
    StringWriter text = new StringWriter();
    CrawlBenchmark.run(new CrawlBenchmark.Setup(Path.of("src/test/resources/replay"), dir, 12, 2,
        25, false, 1, 2, 6), new PrintWriter(text));
    String out = text.toString();
    assertTrue(Pattern.compile("(?m)^warm-up +6 +.*not counted").matcher(out).find(), out);
    assertFalse(Files.exists(dir.resolve("warm-up")), "the warm-up's scratch archive is deleted");
    assertPhase(out, "pass 1", 12, 12);
    assertPhase(out, "pass 2", 12, 4);
    assertTrue(out.contains("after revisits: database"), out);
    assertTrue(Pattern.compile("ratio \\d+\\.\\d\\d").matcher(out).find(), out);
  }

  @Test
  void badOptionsAreUsageErrors() {
    CliRun run = CliRun.of("benchmark-crawl", "--articles", "10", "--edits", "101");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("--edits"), run.err());
    CliRun warmUp = CliRun.of("benchmark-crawl", "--articles", "10", "--warm-up", "-1");
    assertEquals(2, warmUp.exitCode(), warmUp.toString());
    assertTrue(warmUp.err().contains("--warm-up"), warmUp.err());
  }

  private static void assertPhase(String out, String phase, int pages, int versions) {
    Matcher m = Pattern.compile(phase + "\\s+(\\d+)\\s+(\\d+)").matcher(out);
    assertTrue(m.find(), out);
    assertEquals(pages, Integer.parseInt(m.group(1)), out);
    assertEquals(versions, Integer.parseInt(m.group(2)), out);
  }
}

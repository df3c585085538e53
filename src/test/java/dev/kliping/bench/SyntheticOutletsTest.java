package dev.kliping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kliping.testing.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke run of the daemon benchmark's data, as a new user would try it: outlets of one file
 * each (no rules, no schedule) picked up by {@code outlets: all}, crawled from one replay server
 * for all their hosts, and no drift alert for reading them with the generic extractor.
 */
class SyntheticOutletsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void oneFileOutletsCrawlFromOneReplayWithoutDriftAlerts() throws Exception {
    SyntheticOutlets outlets = new SyntheticOutlets(dir, 3, 2);
    outlets.write(null);
    String archive = dir.resolve("archive").toString();

    CliRun crawl = CliRun.of("crawl", "--config", outlets.config().toString(), "--replay",
        outlets.replay().toString(), "--archive", archive, "--format", "json");

    assertEquals(0, crawl.exitCode(), crawl.toString());
    JsonNode summaries = JSON.readTree(crawl.out()).get("outlets");
    assertEquals(3, summaries.size(), crawl.out());
    for (JsonNode s : summaries) {
      assertEquals(2, s.get("new_versions").asInt(), s.toString());
      assertEquals(0, s.get("errors").asInt(), s.toString());
    }

    CliRun status = CliRun.of("status", "--config", outlets.config().toString(), "--archive",
        archive, "--format", "json");
    assertEquals(0, status.exitCode(), status.toString());
    for (JsonNode outlet : JSON.readTree(status.out()).get("outlets")) {
      assertEquals(2, outlet.get("today").get("fell_back_to_generic").asInt(), outlet.toString());
      assertTrue(outlet.get("alerts").isEmpty(), outlet.toString());
    }
  }
}

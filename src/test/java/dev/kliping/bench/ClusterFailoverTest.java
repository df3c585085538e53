package dev.kliping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.DatabaseLocation;
import dev.kliping.testing.EmbeddedDatabase;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three daemons (child JVMs) share one PostgreSQL archive over a replay of five outlets with 200
 * articles; one is killed with SIGKILL in the middle of a pass. Its pass runs again on a
 * survivor, its open WARC file is recovered, and afterwards every article has exactly its
 * versions, every capture row its whole WARC record, and the records show no outlet pass and no
 * host served by two nodes at one moment, and no revisit left behind.
 */
class ClusterFailoverTest {
  @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir;

  @Test
  void aKilledNodesWorkResumesOnAnotherWithNothingLostOrDoneTwice() throws Exception {
    try (EmbeddedDatabase postgres = EmbeddedDatabase.start()) {
      String url = postgres.newDatabase();
      Duration lease = Duration.ofSeconds(10);
      ClusterWorkspace ws = ClusterWorkspace.create(dir, 3, 5, 40, Duration.ofSeconds(10), url,
          lease);
      ClusterReport report = new ClusterRehearsal(System.getProperty("java.class.path"),
          System.out::println).run(ws, new DatabaseLocation(url, null, null),
          new ClusterRehearsal.Options(3, true, 800, 20, lease, Duration.ofSeconds(12),
              Duration.ofSeconds(180)));
      System.out.println(report);
      assertTrue(report.problems().isEmpty(), String.join("\n", report.problems()));
      assertFalse(report.cutOutlets().isEmpty(), "the kill cut a pass short");
      assertTrue(report.failoverMillis() > 0 && report.failoverMillis() <= 30_000,
          "failover took " + report.failoverMillis() + " ms");
      assertEquals(0, report.duplicateVersions());
      assertEquals(0, report.lostRevisits());
      assertEquals(0, report.passOverlaps());
      assertEquals(0, report.hostOverlaps());
      assertTrue(report.versions() > report.articles(), "revisits stored further versions: "
          + report.versions());
    }
  }
}

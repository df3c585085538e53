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
 * host served by two nodes at one moment, and every revisit booked made once the survivors
 * drained the (finite) revisit schedule.
 */
class ClusterFailoverTest {
  @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir;

  @Test
  void aKilledNodesWorkResumesOnAnotherWithNothingLostOrDoneTwice() throws Exception {
    try (EmbeddedDatabase postgres = EmbeddedDatabase.start()) {
      String url = postgres.newDatabase();
      Duration lease = Duration.ofSeconds(10);
      // Each article is revisited once, 15 s after its first visit: 200 revisits, made while
      // and after the survivors take over the dead node's work.
      ClusterWorkspace ws = ClusterWorkspace.create(dir, 3, 5, 40, Duration.ofSeconds(15),
          Duration.ofSeconds(15), url, lease);
      ClusterReport report = new ClusterRehearsal(System.getProperty("java.class.path"),
          System.out::println).run(ws, new DatabaseLocation(url, null, null),
          new ClusterRehearsal.Options(3, true, 800, 20, lease, Duration.ofSeconds(60),
              Duration.ofSeconds(300)));
      System.out.println(report);
      assertTrue(report.problems().isEmpty(), String.join("\n", report.problems()));
      assertFalse(report.cutOutlets().isEmpty(), "the kill cut a pass short");
      assertTrue(report.failoverMillis() > 0 && report.failoverMillis() <= 30_000,
          "failover took " + report.failoverMillis() + " ms");
      assertEquals(0, report.duplicateVersions());
      assertEquals(0, report.lostRevisits(), "lost revisits");
      assertTrue(report.revisits().kept() >= report.articles(), "each article revisited at"
          + " least once: " + report.revisits());
      assertEquals(0, report.passOverlaps());
      assertEquals(0, report.hostOverlaps());
      assertTrue(report.versions() > report.articles(), "revisits stored further versions: "
          + report.versions());
    }
  }
}

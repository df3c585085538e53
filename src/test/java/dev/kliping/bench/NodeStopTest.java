package dev.kliping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.archive.ArchiveOptions;
import dev.kliping.archive.Cluster;
import dev.kliping.archive.DatabaseLocation;
import dev.kliping.archive.Node;
import dev.kliping.testing.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster node told to stop (SIGTERM, as systemd does) in the middle of its passes and revisit
 * rounds takes no new page, ends within seconds with exit code 0, and leaves nothing behind: no
 * open WARC file, no page lease, no host turn, and its row says it stopped.
 */
class NodeStopTest {
  @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir;

  @Test
  void aNodeStoppedMidPassExitsPromptlyHoldingNothing() throws Exception {
    try (EmbeddedDatabase postgres = EmbeddedDatabase.start()) {
      String url = postgres.newDatabase();
      // Revisits every 5 s: by the time of the stop the node runs revisit rounds beside its
      // passes, and the replay's 20 ms per host keeps the passes going for several seconds.
      ClusterWorkspace ws = ClusterWorkspace.create(dir, 1, 5, 40, Duration.ofSeconds(5),
          Duration.ofHours(1), url, Duration.ofSeconds(30));
      NodeProcess node = NodeProcess.daemon(ws, 1, System.getProperty("java.class.path"), 20);
      try {
        awaitVersions(node, 20, Duration.ofSeconds(60));
        long start = System.nanoTime();
        int exit = node.stop(30_000);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        String log = node.logText();
        assertEquals(0, exit, "exit code after SIGTERM; log:\n" + log);
        assertTrue(tookMillis < 10_000, "stopping took " + tookMillis + " ms; log:\n" + log);
        int stop = log.indexOf("stop requested");
        assertTrue(stop > 0, log);
        // Each of the node's threads (three passes, two revisit rounds) may finish the page in
        // flight; none takes another, and none is still announcing a backlog of earlier ones.
        long after = ReportedVersions.LINE.matcher(log.substring(stop)).results().count();
        System.out.println("stopped in " + tookMillis + " ms, " + after
            + " versions announced after the stop request");
        assertTrue(after <= 5, after + " versions announced after the stop request; log:\n"
            + log);
      } finally {
        if (node.alive()) {
          node.kill();
        }
      }
      try (Stream<Path> files = Files.list(ws.archive().resolve("warc"))) {
        List<Path> open = files.filter(f -> f.toString().endsWith(".open")).toList();
        assertEquals(List.of(), open, "WARC files left open");
      }
      try (Archive archive = Archive.open(ws.archive(), ArchiveOptions.defaults()
          .withDatabase(new DatabaseLocation(url, null, null)).withNode("test-watch"))) {
        assertEquals(new Cluster.Held(0, 0), archive.cluster().held("node-1"));
        Node row = archive.cluster().nodes().stream().filter(n -> n.name().equals("node-1"))
            .findFirst().orElseThrow();
        assertEquals("stopped", row.note(), "the node's row: " + row);
      }
    }
  }

  /** Waits until the node's log reports this many versions stored: its passes are under way. */
  private static void awaitVersions(NodeProcess node, int versions, Duration limit)
      throws Exception {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (ReportedVersions.read(node.log).size() >= versions) {
        return;
      }
      assertTrue(node.alive(), "the node ended by itself; log:\n" + node.logText());
      Thread.sleep(50);
    }
    throw new AssertionError("no " + versions + " versions within " + limit + "; log:\n"
        + node.logText());
  }
}

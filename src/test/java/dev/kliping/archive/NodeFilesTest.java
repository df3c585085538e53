package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a folder shared by a cluster, a node touches only its own open WARC files: a live node's
 * file is never cut back by another node starting, nor by a command run beside the cluster.
 */
class NodeFilesTest {
  @TempDir Path dir;

  @Test
  void eachRecoversOnlyItsOwnOpenFiles() throws IOException {
    Path alone = open("kliping-20240501030000-00000.warc.gz.open");
    Path a = open("kliping-a-20240501030000-00000.warc.gz.open");
    Path ab = open("kliping-a-b-20240501030000-00000.warc.gz.open");

    // Files holding no whole record are deleted by recovery: what is gone was recovered.
    WarcRecovery.recoverAll(dir, ArchiveOptions.defaults().withNode("a").warcPrefix());
    assertFalse(Files.exists(a), "node a recovers its own file");
    assertTrue(Files.exists(ab), "but not node a-b's");
    assertTrue(Files.exists(alone));

    WarcRecovery.recoverAll(dir, ArchiveOptions.defaults().warcPrefix());
    assertFalse(Files.exists(alone), "a process without a node recovers unnamed files");
    assertTrue(Files.exists(ab), "never a node's");

    assertEquals(1, WarcRecovery.recoverAll(dir, "").size(), "alone on H2: every open file");
  }

  @Test
  void aNodeNameMustFitAFileName() {
    assertThrows(IllegalArgumentException.class,
        () -> ArchiveOptions.defaults().withNode("../etc"));
    assertThrows(IllegalArgumentException.class, () -> ArchiveOptions.defaults().withNode(""));
  }

  @Test
  void aLiveNodesLockKeepsOthersOffItsFiles() {
    try (ArchiveLock held = ArchiveLock.acquireNode(dir, "a")) {
      assertTrue(ArchiveLock.tryNode(dir, "a").isEmpty(), "node a is alive");
    }
    var dead = ArchiveLock.tryNode(dir, "a");
    assertTrue(dead.isPresent(), "once a's process is gone, its lock is free");
    dead.get().close();
  }

  private Path open(String name) throws IOException {
    return Files.write(dir.resolve(name), new byte[] {1, 2, 3});
  }
}

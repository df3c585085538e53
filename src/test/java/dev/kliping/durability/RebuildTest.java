package dev.kliping.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.archive.ArchiveException;
import dev.kliping.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kliping rebuild} gives back, from the WARC files alone, the pages, captures and version
 * hashes a crawl stored: after the database was deleted, and after it was damaged beyond opening.
 */
class RebuildTest {
  @TempDir Path dir;

  @Test
  void recordedOutletsComeBackAfterTheDatabaseIsDeleted() throws Exception {
    Path archive = dir.resolve("archive");
    crawl("config/kliping.yaml", "src/test/resources/replay", archive);
    List<String> pages = ArchiveRows.pagesAndVersions(archive);
    List<String> captures = ArchiveRows.captures(archive);
    assertTrue(pages.size() >= 10, "the five outlets' fixtures give pages: " + pages);

    Files.delete(archive.resolve("kliping.mv.db"));
    CliRun rebuild = CliRun.of("rebuild", "--config", "config/kliping.yaml", "--archive",
        archive.toString());

    assertEquals(0, rebuild.exitCode(), rebuild::toString);
    assertEquals(pages, ArchiveRows.pagesAndVersions(archive));
    assertEquals(captures, ArchiveRows.captures(archive));
    assertAudited(archive);
  }

  @Test
  void everyVersionComesBackFromADamagedDatabase() throws Exception {
    Workspace ws = Workspace.create(dir, 5);
    for (int pass = 0; pass < 3; pass++) {
      // Every fetch of the workspace's articles is a new version: three passes, three versions.
      crawl(ws.config().toString(), ws.replay().toString(), ws.archive());
    }
    List<String> pages = ArchiveRows.pagesAndVersions(ws.archive());
    assertEquals(15, pages.size(), () -> "5 pages with 3 publisher versions each: "
        + CliRun.of("history", "--archive", ws.archive().toString(),
            "https://crash.test/news/1-berita-uji"));

    damage(ws.archive().resolve("kliping.mv.db"));
    assertThrows(ArchiveException.class, () -> Archive.open(ws.archive()).close());
    CliRun rebuild = CliRun.of("rebuild", "--config", ws.config().toString(), "--archive",
        ws.archive().toString());

    assertEquals(0, rebuild.exitCode(), rebuild::toString);
    assertTrue(rebuild.out().contains("15 versions"), rebuild::toString);
    assertEquals(pages, ArchiveRows.pagesAndVersions(ws.archive()));
    try (Stream<Path> files = Files.list(ws.archive())) {
      assertTrue(files.anyMatch(f -> f.getFileName().toString()
          .startsWith("kliping.mv.db.damaged-")), "the damaged file is kept for inspection");
    }
    assertAudited(ws.archive());
  }

  private static void crawl(String config, String replay, Path archive) {
    CliRun crawl = CliRun.of("crawl", "--config", config, "--archive", archive.toString(),
        "--replay", replay, "--format", "json");
    assertFalse(crawl.exitCode() == 2, crawl::toString);
  }

  /** Random bytes over the whole file, keeping its length: no header or chunk survives. */
  private static void damage(Path file) throws IOException {
    byte[] noise = new byte[(int) Files.size(file)];
    new Random(42).nextBytes(noise);
    Files.write(file, noise);
  }

  private static void assertAudited(Path archive) {
    try (Archive a = Archive.open(archive)) {
      assertTrue(a.audit().ok(), () -> a.audit().problems().toString());
    }
  }
}

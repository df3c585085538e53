package dev.kliping.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.bench.Workspace;
import dev.kliping.testing.CliRun;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kliping backup FILE} writes a zip that, unzipped beside a copy of the WARC files, is a
 * working archive with the same rows; and it refuses, with exit 1, an archive held by another.
 */
class BackupTest {
  @TempDir Path dir;

  @Test
  void backupRestoresIntoAWorkingArchiveWithTheSameRows() throws Exception {
    Workspace ws = Workspace.create(dir.resolve("ws"), 4);
    for (int pass = 0; pass < 2; pass++) {
      CliRun.of("crawl", "--config", ws.config().toString(), "--archive", ws.archive().toString(),
          "--replay", ws.replay().toString());
    }
    List<String> pages = ArchiveRows.pagesAndVersions(ws.archive());
    List<String> captures = ArchiveRows.captures(ws.archive());
    assertEquals(8, pages.size(), pages::toString);

    Path zip = dir.resolve("backup.zip");
    CliRun backup = CliRun.of("backup", "--archive", ws.archive().toString(), zip.toString());
    assertEquals(0, backup.exitCode(), backup::toString);

    Path restored = dir.resolve("restored");
    unzip(zip, restored);
    copyFolder(ws.archive().resolve("warc"), restored.resolve("warc"));
    assertEquals(pages, ArchiveRows.pagesAndVersions(restored));
    assertEquals(captures, ArchiveRows.captures(restored));
    try (Archive a = Archive.open(restored)) {
      assertTrue(a.audit().ok(), () -> a.audit().problems().toString());
    }
  }

  @Test
  void anArchiveHeldByAnotherIsRefusedWithExitOne() throws Exception {
    Path archiveDir = dir.resolve("archive");
    try (Archive held = Archive.open(archiveDir)) {
      CliRun backup = CliRun.of("backup", "--archive", archiveDir.toString(),
          dir.resolve("b.zip").toString());
      assertEquals(1, backup.exitCode(), backup::toString);
      assertTrue(backup.err().contains("open in another process"), backup::toString);
    }
  }

  private static void unzip(Path zip, Path into) throws Exception {
    Files.createDirectories(into);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        Path target = into.resolve(e.getName()).normalize();
        assertTrue(target.startsWith(into), e.getName());
        Files.copy((InputStream) in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void copyFolder(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}

package dev.kliping.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recreates an archive's database from its WARC files, for when {@code kliping.mv.db} is damaged:
 * the old file is moved aside, a fresh one is made, and every response and revisit record is replayed in the
 * order it was written, giving back captures, pages and versions. What the WARC files do not
 * hold is not rebuilt: fetches that got no response, outlet health, schedules.
 */
public final class DatabaseRebuild {
  private static final Logger log = LoggerFactory.getLogger(DatabaseRebuild.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /**
   * What the rebuild did.
   *
   * @param damaged where the old database was moved, or null when there was none
   */
  public record Result(Path damaged, int warcFiles, int captures, int pages, int versions) {}

  private DatabaseRebuild() {}

  /**
   * Rebuilds the database of the archive in dir. The archive must not be open elsewhere.
   *
   * @throws ArchiveException when the archive is in use or cannot be read or written
   */
  public static Result rebuild(Path dir, ResponseReader reader, Clock clock) {
    Objects.requireNonNull(reader, "reader");
    Path abs = dir.toAbsolutePath().normalize();
    Path warc = abs.resolve("warc");
    if (!Files.isDirectory(warc)) {
      throw new ArchiveException("no WARC files to rebuild from: " + warc + " is not a folder");
    }
    try (ArchiveLock lock = ArchiveLock.acquire(abs)) {
      WarcRecovery.recoverAll(warc);
      Path damaged = moveAside(abs, clock);
      try (Database db = Database.open(abs)) {
        Replay replay = new Replay(db, reader, new CaptureReader(warc, db));
        int files = 0;
        for (Path file : WarcScan.files(warc)) {
          WarcScan.Scanned scanned = WarcScan.scan(file);
          for (WarcRecovery.Found r : scanned.records()) {
            if (r.isCapture()) {
              replay.response(scanned.file(), r);
            }
          }
          files++;
        }
        replay.finish();
        db.sync();
        Result result = new Result(damaged, files, replay.captures, replay.pages.size(),
            replay.versions);
        log.info("rebuilt {} from {} WARC files: {} captures, {} pages, {} versions", abs,
            files, result.captures(), result.pages(), result.versions());
        return result;
      }
    } catch (IOException e) {
      throw new ArchiveException("cannot rebuild " + abs + ": " + e.getMessage(), e);
    }
  }

  /** Moves kliping.mv.db (and its trace file) to kliping.mv.db.damaged-<UTC time>. */
  private static Path moveAside(Path dir, Clock clock) throws IOException {
    String suffix = ".damaged-" + STAMP.format(clock.instant());
    Path trace = dir.resolve("kliping.trace.db");
    if (Files.exists(trace)) {
      Files.move(trace, dir.resolve("kliping.trace.db" + suffix),
          StandardCopyOption.ATOMIC_MOVE);
    }
    Path db = dir.resolve("kliping.mv.db");
    if (!Files.exists(db)) {
      return null;
    }
    Path aside = dir.resolve("kliping.mv.db" + suffix);
    Files.move(db, aside, StandardCopyOption.ATOMIC_MOVE);
    WarcFile.syncDirectory(dir);
    log.warn("moved the old database aside to {}", aside);
    return aside;
  }
}

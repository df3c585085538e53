package dev.kliping.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * What an archive takes on disk, what its database would take fully compacted, and removing a
 * benchmark's scratch folders.
 */
public final class Disk {
  private Disk() {}

  /** Deletes dir and everything under it; nothing when it does not exist. */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Bytes of every file under dir; zero when it does not exist. */
  static long size(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      long total = 0;
      for (Path p : (Iterable<Path>) files::iterator) {
        total += Files.isRegularFile(p) ? Files.size(p) : 0;
      }
      return total;
    }
  }

  /**
   * The size of a closed H2 database file after H2's full compaction (SHUTDOWN COMPACT, which
   * rewrites only the live data into a new file), done on a copy in scratch.
   */
  static long compactedSize(Path db, Path scratch) throws IOException {
    Files.createDirectories(scratch);
    Path copy = scratch.resolve("copy.mv.db");
    Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
    String url = "jdbc:h2:" + scratch.toAbsolutePath().resolve("copy") + ";DB_CLOSE_ON_EXIT=FALSE";
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      throw new IOException("cannot compact a copy of " + db + ": " + e.getMessage(), e);
    }
    long size = Files.size(copy);
    Files.delete(copy);
    return size;
  }
}

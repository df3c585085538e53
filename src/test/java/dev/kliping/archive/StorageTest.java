package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database stays a small multiple of its live data, compaction loses no row, and an article's
 * rows commit together: all of them, or none.
 */
class StorageTest {
  private static final List<String> TABLES = List.of("page", "capture", "version", "diff");

  @TempDir Path dir;

  @Test
  void closingCompactsTheFileAndKeepsEveryRow() throws Exception {
    Map<String, Long> before;
    long openSize;
    try (Archive archive = Archive.open(dir)) {
      for (int i = 0; i < 150; i++) {
        String url = Fixtures.URL + "-" + i;
        long page = archive.page("rmol", url, Fixtures.T0);
        for (int edit = 0; edit < 2; edit++) {
          Capture c = archive.capture(page, Fixtures.gunzipped(url, "<p>" + i + "</p>",
              Fixtures.T0.plusSeconds(60L * edit)));
          archive.store(page, c, Fixtures.story(i + "" + edit));
        }
      }
      before = counts(archive.dataSource());
      openSize = Files.size(dir.resolve("kliping.mv.db"));
    }
    long closedSize = Files.size(dir.resolve("kliping.mv.db"));
    assertTrue(closedSize < openSize, "closing compacts: " + openSize + " -> " + closedSize);
    try (Archive archive = Archive.open(dir)) {
      assertEquals(before, counts(archive.dataSource()));
      assertEquals(300, before.get("version"));
      Audit audit = archive.audit();
      assertTrue(audit.ok(), () -> audit.problems().toString());
    }
  }

  /**
   * Revisits rewrite page rows (the next visit) again and again, each store writing new copies of
   * the B-tree leaves they touch: closing leaves the file within 1.5 times the same database
   * fully compacted (H2's SHUTDOWN COMPACT on a copy), with every row.
   */
  @Test
  void rowsRewrittenByRevisitsLeaveTheClosedFileWithinOneAndAHalfOfItsCompaction()
      throws Exception {
    Map<String, Long> before;
    try (Archive archive = Archive.open(dir)) {
      List<Long> pages = new ArrayList<>();
      archive.together(() -> {
        for (int i = 0; i < 1000; i++) {
          pages.add(archive.page("rmol", Fixtures.URL + "-" + i, Fixtures.T0));
        }
        return null;
      });
      for (int round = 1; round <= 12; round++) {
        long at = 60L * round;
        for (int from = 0; from < pages.size(); from += 50) {
          // Fifty revisits to a commit, as parallel crawl threads share a store.
          List<Long> batch = pages.subList(from, from + 50);
          archive.together(() -> {
            batch.forEach(page -> archive.schedule(page, Fixtures.T0.plusSeconds(at + page)));
            return null;
          });
        }
        archive.sync();
      }
      before = counts(archive.dataSource());
    }
    Path db = dir.resolve("kliping.mv.db");
    long closed = Files.size(db);
    long compacted = compactedCopy(db);
    assertTrue(closed <= 1.5 * compacted, "closed " + closed + " B, compacted " + compacted + " B");
    try (Archive archive = Archive.open(dir)) {
      assertEquals(before, counts(archive.dataSource()));
      assertEquals(1000, before.get("page"));
    }
  }

  /** The size of a copy of the closed database after H2's full compaction (SHUTDOWN COMPACT). */
  private long compactedCopy(Path db) throws Exception {
    Path copy = Files.createDirectories(dir.resolve("copy")).resolve("copy.mv.db");
    Files.copy(db, copy);
    try (Connection c = java.sql.DriverManager.getConnection(
            "jdbc:h2:" + copy.toString().replace(".mv.db", ""), "sa", "");
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN COMPACT");
    }
    return Files.size(copy);
  }

  @Test
  void rowsWrittenTogetherCommitOnceAndListenersHearOnlyThen() throws Exception {
    List<String> heard = java.util.Collections.synchronizedList(new ArrayList<>());
    try (Archive archive = Archive.open(dir)) {
      archive.together(() -> {
        long page = archive.page("rmol", Fixtures.URL, Fixtures.T0);
        Capture c = archive.capture(page, Fixtures.gunzipped(Fixtures.URL, "<p>a</p>",
            Fixtures.T0));
        archive.store(page, c, Fixtures.story("5"));
        archive.afterCommit(() -> heard.add("stored"));
        assertEquals(0, count(archive.dataSource(), "capture"),
            "nothing is visible to others before the commit");
        assertTrue(archive.findPage(Fixtures.URL).isPresent(), "but the work sees its own rows");
        assertTrue(heard.isEmpty(), "listeners wait for the commit");
        return null;
      });
      // Told once the commit is in the file, on the flusher's thread: a sync waits for that.
      archive.sync();
      assertEquals(List.of("stored"), heard);
      assertEquals(1, counts(archive.dataSource()).get("version"));
    }
  }

  @Test
  void aFailedVisitKeepsOnlyTheCaptureOfItsResponse() throws Exception {
    List<String> heard = new ArrayList<>();
    try (Archive archive = Archive.open(dir)) {
      assertThrows(IllegalStateException.class, () -> archive.together(() -> {
        long page = archive.page("rmol", Fixtures.URL, Fixtures.T0);
        Capture c = archive.capture(page, Fixtures.gunzipped(Fixtures.URL, "<p>a</p>",
            Fixtures.T0));
        archive.store(page, c, Fixtures.story("5"));
        archive.afterCommit(() -> heard.add("stored"));
        throw new IllegalStateException("extraction blew up");
      }));
      assertTrue(heard.isEmpty(), "no listener hears of a version that was rolled back");
      assertFalse(archive.findPage(Fixtures.URL).isPresent(), "the page rolled back with it");
      Map<String, Long> rows = counts(archive.dataSource());
      assertEquals(0, rows.get("version"));
      assertEquals(1, rows.get("capture"), "the response is on disk: its row is kept");
      Audit audit = archive.audit();
      assertTrue(audit.ok(), () -> audit.problems().toString());
    }
  }

  /** Counted on a connection of its own, not the one together() holds on this thread. */
  private static long count(DataSource ds, String table) {
    try {
      return counts(ds).get(table);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Long> counts(DataSource ds) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }
}

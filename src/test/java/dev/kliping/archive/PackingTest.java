package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing packs the file once it has grown by {@link Packing#GROWTH} since it was last packed,
 * so rows rewritten again and again (revisits) never leave it far above what a full copy holds,
 * and every row survives; a close after little growth leaves the file as it is.
 */
class PackingTest {
  @TempDir Path dir;
  @TempDir Path scratch;

  @Test
  void revisitedPagesArePackedOnCloseAndEveryRowIsKept() throws Exception {
    Path file = dir.resolve("kliping.mv.db");
    Path record = dir.resolve("kliping.mv.db.packed");
    List<Long> pages = new ArrayList<>();
    try (Archive archive = Archive.open(dir)) {
      for (int i = 0; i < 400; i++) {
        String url = Fixtures.URL + "-" + i;
        long page = archive.page("rmol", url, Fixtures.T0);
        Capture c = archive.capture(page, Fixtures.gunzipped(url, "<p>" + i + "</p>", Fixtures.T0));
        archive.store(page, c, Fixtures.story("cerita " + i));
        pages.add(page);
      }
    }
    assertTrue(Files.exists(record), "a new archive is packed on its first close");
    long firstPacked = new Packing(file).lastPacked();
    assertEquals(Files.size(file), firstPacked);

    // A day of revisits: every page's next visit rewritten again and again, nothing new stored.
    try (Archive archive = Archive.open(dir)) {
      for (int round = 1; round <= 40; round++) {
        for (long page : pages) {
          archive.schedule(page, Fixtures.T0.plus(Duration.ofMinutes(15L * round)));
        }
      }
    }
    long closed = Files.size(file);
    long full = fullyCompacted(file);
    assertTrue(closed <= 1.5 * full, "closed " + closed + " B, fully compacted " + full + " B");

    try (Archive archive = Archive.open(dir)) {
      assertEquals(400, archive.due("rmol", Fixtures.T0.plus(Duration.ofDays(1)), 1000).size());
      Audit audit = archive.audit();
      assertTrue(audit.ok(), () -> audit.problems().toString());
    }
    long recorded = new Packing(file).lastPacked();
    try (Archive archive = Archive.open(dir)) {
      archive.schedule(pages.get(0), Fixtures.T0.plus(Duration.ofDays(2)));
    }
    assertEquals(recorded, new Packing(file).lastPacked(),
        "a close after little growth does not pack again");
    assertFalse(Files.exists(dir.resolve("kliping.mv.db.tempFile")));
  }

  @Test
  void anUnreadableRecordMeansOnePackingNotAFailure() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      archive.page("rmol", Fixtures.URL, Fixtures.T0);
    }
    Files.writeString(dir.resolve("kliping.mv.db.packed"), "not a number");
    assertTrue(new Packing(dir.resolve("kliping.mv.db")).due());
    try (Archive archive = Archive.open(dir)) {
      assertEquals(1, archive.due("rmol", Fixtures.T0.plus(Duration.ofDays(1)), 10).size());
    }
    assertEquals(Files.size(dir.resolve("kliping.mv.db")),
        new Packing(dir.resolve("kliping.mv.db")).lastPacked());
  }

  /** The size of a copy of file after H2's full compaction: what packing is measured against. */
  private long fullyCompacted(Path file) throws Exception {
    Path copy = scratch.resolve("copy.mv.db");
    Files.copy(file, copy);
    try (Connection c = DriverManager.getConnection(
            "jdbc:h2:" + scratch.resolve("copy") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM page")) {
        r.next();
        assertEquals(400, r.getLong(1));
      }
      s.execute("SHUTDOWN COMPACT");
    }
    return Files.size(copy);
  }
}

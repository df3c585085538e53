package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResponse;

/** The WARC record is on disk, whole, before the row that points at it exists. */
class WriteOrderTest {
  @TempDir Path dir;

  static long captureRows(DataSource ds) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM capture")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void recordIsWholeOnDiskBeforeTheCaptureRowIsCommitted() throws Exception {
    List<String> seen = new ArrayList<>();
    try (Archive archive = Archive.open(dir)) {
      archive.afterForce(at -> {
        assertEquals(0, captureRows(archive.dataSource()), "no row before the WARC is forced");
        // Read through a separate channel, as another process (or a restart) would.
        Path open = archive.warcDir().resolve(at.file() + ".open");
        try (FileChannel ch = FileChannel.open(open)) {
          assertEquals(at.offset() + at.length(), ch.size());
          ch.position(at.offset());
          WarcResponse r = (WarcResponse) new WarcReader(ch).next().orElseThrow();
          assertEquals(at.recordId(), r.id().toString());
          seen.add(new String(r.http().body().stream().readAllBytes()));
        } catch (java.io.IOException e) {
          throw new AssertionError(e);
        }
      });
      Capture c = archive.capture(null,
          Fixtures.plain(Fixtures.URL, 200, "durable", Fixtures.T0, false));
      assertEquals(List.of("durable"), seen);
      assertEquals(1, captureRows(archive.dataSource()));
      assertNotNull(c.warcOffset());
    }
  }

  @Test
  void whenTheRowCannotBeCommittedTheRecordStaysAndReopeningGivesItARow() {
    try (Archive archive = Archive.open(dir)) {
      archive.afterForce(at -> {
        throw new IllegalStateException("simulated crash between force and commit");
      });
      assertThrows(IllegalStateException.class, () -> archive.capture(null,
          Fixtures.plain(Fixtures.URL, 200, "orphan", Fixtures.T0, false)));
      assertEquals(0, captureRows(archive.dataSource()));
    }
    // The file was closed cleanly, so nothing reconciles it: only .open files are suspect.
    // A real crash leaves it .open, which RecoveryTest covers.
    try (Archive archive = Archive.open(dir)) {
      assertTrue(archive.captures(Fixtures.URL).isEmpty());
    }
  }
}

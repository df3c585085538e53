package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database settings that keep a crash from losing rows: commits written through, a sync on
 * demand, interrupted threads turned away before they reach H2, and no WARC file closed while a
 * record in it still waits for its row.
 */
class DurabilitySettingsTest {
  @TempDir Path dir;

  @Test
  void commitsAreWrittenThroughAndSyncIsAvailable() {
    // Commits are written through by Database.commit (CHECKPOINT); the write delay only paces
    // H2's housekeeping thread, which compacts the file.
    assertTrue(Database.url(dir.resolve("kliping")).contains(";WRITE_DELAY=500"));
    try (Archive archive = Archive.open(dir)) {
      long page = archive.page("rmol", Fixtures.URL, Fixtures.T0);
      archive.capture(page, Fixtures.gunzipped(Fixtures.URL, "<p>a</p>", Fixtures.T0));
      archive.sync();
      assertEquals(1, archive.captures(Fixtures.URL).size());
    }
  }

  @Test
  void anInterruptedThreadIsTurnedAwayAndTheArchiveStaysUsable() {
    try (Archive archive = Archive.open(dir)) {
      Thread.currentThread().interrupt();
      try {
        ArchiveException e = assertThrows(ArchiveException.class,
            () -> archive.page("rmol", Fixtures.URL, Fixtures.T0));
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
      } finally {
        Thread.interrupted();
      }
      assertTrue(archive.page("rmol", Fixtures.URL, Fixtures.T0) > 0);
    }
  }

  @Test
  void aFileIsNotClosedWhileARecordInItAwaitsItsRow() {
    // Files of one byte: every capture would start a new file, were it not for the pending row.
    ArchiveOptions tiny = ArchiveOptions.defaults().withMaxWarcBytes(1);
    List<Capture> inner = new ArrayList<>();
    AtomicBoolean once = new AtomicBoolean();
    try (Archive archive = Archive.open(dir, tiny)) {
      archive.afterForce(loc -> {
        if (once.compareAndSet(false, true)) {
          // Another capture lands while the first one's row is not yet committed.
          inner.add(archive.capture(null, Fixtures.gunzipped(Fixtures.URL + "/b", "<p>b</p>",
              Fixtures.T0)));
        }
      });
      Capture outer = archive.capture(null, Fixtures.gunzipped(Fixtures.URL + "/a", "<p>a</p>",
          Fixtures.T0));
      assertEquals(outer.warcFile(), inner.get(0).warcFile(),
          "the second record joined the file whose first record still awaited its row");
      Capture next = archive.capture(null, Fixtures.gunzipped(Fixtures.URL + "/c", "<p>c</p>",
          Fixtures.T0));
      assertTrue(!next.warcFile().equals(outer.warcFile()), "with no row pending, it rotates");
      assertTrue(archive.audit().ok(), () -> archive.audit().problems().toString());
    }
  }
}

package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/** WARC files a crash left open are cut back to their last whole record and closed. */
class RecoveryTest {
  @TempDir Path dir;
  @TempDir Path other;

  /** Captures two pages, closes, and returns the WARC file's bytes and its capture rows. */
  private List<Capture> twoCaptures(Path archiveDir) {
    try (Archive archive = Archive.open(archiveDir)) {
      long page = archive.page("rmol", Fixtures.URL, Fixtures.T0);
      archive.capture(page, Fixtures.gunzipped(Fixtures.URL, "<p>satu</p>", Fixtures.T0));
      archive.capture(page, Fixtures.gunzipped(Fixtures.URL, "<p>dua</p>", Fixtures.T0));
      return archive.captures(Fixtures.URL);
    }
  }

  /** Makes the closed file look like one a crash interrupted in the middle of a record. */
  private static Path crashInto(Path warc, byte[] partialRecord) throws IOException {
    Path open = warc.resolveSibling(warc.getFileName() + ".open");
    Files.move(warc, open);
    Files.write(open, partialRecord, StandardOpenOption.APPEND);
    return open;
  }

  private static byte[] halfOfLastRecord(Path warc, Capture last) throws IOException {
    byte[] all = Files.readAllBytes(warc);
    int start = (int) (long) last.warcOffset();
    return Arrays.copyOfRange(all, start, start + (int) (last.warcLength() / 2));
  }

  private static List<Capture> inFile(Archive archive, String file) {
    try (Connection c = archive.dataSource().getConnection()) {
      return Captures.inFile(c, file);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void halfWrittenTrailingRecordIsCutAndTheFileClosed() throws IOException {
    List<Capture> rows = twoCaptures(dir);
    Path warc = dir.resolve("warc").resolve(rows.get(0).warcFile());
    byte[] whole = Files.readAllBytes(warc);
    Path open = crashInto(warc, halfOfLastRecord(warc, rows.get(1)));
    // The index lines the writer kept up to the crash, one of them for the record it cut.
    Path index = CdxjIndex.pathFor(warc);
    Path pending = CdxjIndex.pendingPathFor(warc);
    Files.delete(index);
    Files.writeString(pending, "id.example)/ 20260101000000 {\"url\": \"of the cut record\"}\n");

    try (Archive archive = Archive.open(dir)) {
      assertFalse(Files.exists(open));
      assertFalse(Files.exists(pending), "the lines kept before the crash are dropped");
      assertEquals(CdxjIndex.lines(warc, warc.getFileName().toString()),
          Files.readAllLines(index), "the index is read from the recovered file");
      assertEquals(2, Files.readAllLines(index).size());
      assertArrayEquals(whole, Files.readAllBytes(warc), "cut back to the last whole record");
      assertEquals(rows, archive.captures(Fixtures.URL), "no duplicate or lost rows");
      assertEquals("<p>dua</p>",
          new String(archive.read(rows.get(1)).body(), StandardCharsets.UTF_8));
    }
    try (WarcReader reader = new WarcReader(warc)) {
      List<String> types = reader.records().map(WarcRecord::type).collect(Collectors.toList());
      assertEquals(List.of("warcinfo", "request", "response", "request", "response"), types);
    }
  }

  @ParameterizedTest(name = "cut {0} bytes into the record")
  @ValueSource(ints = {1, 2, 9, 10, 11, 40, -9, -8, -1})
  void recordCutAnywhereIsDropped(int cut) throws IOException {
    List<Capture> rows = twoCaptures(other);
    Path source = other.resolve("warc").resolve(rows.get(0).warcFile());
    byte[] all = Files.readAllBytes(source);
    int start = (int) (long) rows.get(1).warcOffset();
    int keep = cut > 0 ? cut : (int) (long) rows.get(1).warcLength() + cut;
    Path warcDir = Files.createDirectories(dir.resolve("warc"));
    Path open = warcDir.resolve(rows.get(0).warcFile() + ".open");
    Files.write(open, Arrays.copyOf(all, start + keep));

    try (Archive archive = Archive.open(dir)) {
      assertArrayEquals(Arrays.copyOf(all, start),
          Files.readAllBytes(warcDir.resolve(rows.get(0).warcFile())));
      List<Capture> recovered = inFile(archive, rows.get(0).warcFile());
      assertEquals(1, recovered.size());
      assertEquals(rows.get(0).warcRecordId(), recovered.get(0).warcRecordId());
    }
  }

  @Test
  void wholeResponsesWithoutRowsGetRecoveredRows() throws IOException {
    List<Capture> rows = twoCaptures(other);
    Path source = other.resolve("warc").resolve(rows.get(0).warcFile());
    byte[] partial = halfOfLastRecord(source, rows.get(1));
    // A fresh archive that never committed the rows: the crash came right after the force.
    Files.createDirectories(dir.resolve("warc"));
    Path warc = dir.resolve("warc").resolve(rows.get(0).warcFile());
    Files.copy(source, warc);
    crashInto(warc, partial);

    try (Archive archive = Archive.open(dir)) {
      List<Capture> recovered = inFile(archive, rows.get(0).warcFile());
      assertEquals(2, recovered.size());
      for (int i = 0; i < 2; i++) {
        Capture r = recovered.get(i);
        assertEquals(Capture.RECOVERED, r.outcome());
        assertEquals(rows.get(i).warcOffset(), r.warcOffset());
        assertEquals(rows.get(i).warcLength(), r.warcLength());
        assertEquals(rows.get(i).warcRecordId(), r.warcRecordId());
        assertEquals(rows.get(i).payloadDigest(), r.payloadDigest());
        assertEquals(200, r.status());
        assertEquals(Fixtures.URL, r.url());
      }
    }
    // Reopening again adds nothing: the file is closed now and its rows exist.
    try (Archive archive = Archive.open(dir)) {
      assertEquals(2, inFile(archive, rows.get(0).warcFile()).size());
    }
  }

  @Test
  void openFileWithNoWholeRecordIsDeleted() throws IOException {
    Path warcDir = Files.createDirectories(dir.resolve("warc"));
    Path open = warcDir.resolve("kliping-20240501030000-00000.warc.gz.open");
    Files.write(open, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
    try (Archive archive = Archive.open(dir)) {
      assertTrue(WarcRecordsTest.warcFiles(archive.warcDir()).isEmpty());
    }
  }
}

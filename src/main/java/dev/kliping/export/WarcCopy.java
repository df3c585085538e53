package dev.kliping.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Copies the recorded responses of pages, each page once, from the archive's WARC files into
 * one gzipped WARC stream, behind a warcinfo record saying where they came from. Records are
 * copied as stored, so their digests still verify. Not thread-safe.
 */
final class WarcCopy implements AutoCloseable {
  private static final String CAPTURES = "SELECT id, warc_file, warc_offset, revisit_of"
      + " FROM capture WHERE page_id = ? AND warc_file IS NOT NULL ORDER BY fetched_at, id";
  private static final String ORIGINAL = "SELECT id, warc_file, warc_offset FROM capture"
      + " WHERE id = ?";

  private final Path warcDir;
  private final PreparedStatement captures;
  private final PreparedStatement original;
  private final WarcWriter writer;
  // Page ids already copied: one long per page, the only state that grows with the export.
  private final Set<Long> done = new HashSet<>();
  private long records;

  WarcCopy(Connection c, Path warcDir, OutputStream out) throws SQLException, IOException {
    this.warcDir = warcDir;
    this.captures = c.prepareStatement(CAPTURES);
    this.original = c.prepareStatement(ORIGINAL);
    this.writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP);
    writer.write(new Warcinfo.Builder()
        .fields(Map.of("software", List.of("kliping"),
            "description", List.of("responses exported from a kliping archive")))
        .build());
  }

  /**
   * Copies every recorded response of the page, unless it was copied already. A revisit record
   * whose original is not among the page's records is preceded by that original, so a replay
   * tool reading the export can always follow it to the bytes.
   */
  void page(long pageId) throws SQLException, IOException {
    if (!done.add(pageId)) {
      return;
    }
    Set<Long> copied = new HashSet<>();
    captures.setLong(1, pageId);
    try (ResultSet rs = captures.executeQuery()) {
      while (rs.next()) {
        long revisitOf = rs.getLong("revisit_of");
        if (!rs.wasNull() && !copied.contains(revisitOf)) {
          copyOriginal(revisitOf);
          copied.add(revisitOf);
        }
        copied.add(rs.getLong("id"));
        copy(rs.getLong("id"), rs.getString("warc_file"), rs.getLong("warc_offset"));
      }
    }
  }

  private void copyOriginal(long captureId) throws SQLException, IOException {
    original.setLong(1, captureId);
    try (ResultSet rs = original.executeQuery()) {
      if (rs.next()) {
        copy(captureId, rs.getString("warc_file"), rs.getLong("warc_offset"));
      }
    }
  }

  private void copy(long captureId, String file, long offset) throws IOException {
    try (FileChannel ch = open(file)) {
      ch.position(offset);
      WarcReader reader = new WarcReader(ch);
      WarcRecord record = reader.next().orElseThrow(() -> new IOException(
          "capture " + captureId + ": no WARC record at " + file + " offset " + offset));
      writer.write(record);
      records++;
    }
  }

  /** The file under its final name, or its ".open" name while the daemon still writes it. */
  private FileChannel open(String name) throws IOException {
    try {
      return FileChannel.open(warcDir.resolve(name));
    } catch (NoSuchFileException e) {
      return FileChannel.open(warcDir.resolve(name + ".open"));
    }
  }

  long records() {
    return records;
  }

  @Override
  public void close() throws SQLException {
    captures.close();
    original.close();
  }
}

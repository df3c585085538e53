package dev.kliping.durability;

import dev.kliping.archive.Archive;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** An archive's rows as lines of text, for comparing two archives in tests. */
final class ArchiveRows {
  private ArchiveRows() {}

  /** Every page (outlet, URL) and each of its versions (number, content hash), in URL order. */
  static List<String> pagesAndVersions(Path dir) throws SQLException {
    // Publisher versions only: a re-extraction (our rules changed the text of an earlier capture)
    // is made at crawl time from an older capture, and a rebuild, which re-extracts every
    // response with today's rules in the order written, has no such row to make.
    return lines(dir, "SELECT p.outlet_id, p.url, v.content_hash FROM page p"
        + " LEFT JOIN version v ON v.page_id = p.id AND v.cause <> 'reextraction'"
        + " ORDER BY p.url, v.number");
  }

  /** Every capture with a response: URL, status, and where its record is. */
  static List<String> captures(Path dir) throws SQLException {
    return lines(dir, "SELECT url, status, warc_file, warc_offset, warc_length, payload_digest"
        + " FROM capture WHERE warc_file IS NOT NULL ORDER BY warc_file, warc_offset");
  }

  static List<String> lines(Path dir, String sql) throws SQLException {
    try (Archive archive = Archive.open(dir);
        Connection c = archive.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          line.append(i > 1 ? " " : "").append(rs.getString(i));
        }
        out.add(line.toString());
      }
      return out;
    }
  }
}

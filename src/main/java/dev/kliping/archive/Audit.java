package dev.kliping.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an archive's database and WARC files agree, as found by {@link Archive#audit()}.
 *
 * @param duplicates versions that repeat the one before them, or share a capture with another
 * @param problems one line per disagreement, duplicates included; empty when all is well
 */
public record Audit(int warcFiles, int responseRecords, int captureRows, int versions,
    int duplicates, List<String> problems) {

  public Audit {
    problems = List.copyOf(problems);
  }

  /** True when no problem was found. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /** Audits the rows on c against the WARC files in warcDir; meant for a quiet archive. */
  static Audit of(Connection c, Path warcDir) throws SQLException {
    List<String> problems = new ArrayList<>();
    Map<String, String> records = new HashMap<>();
    List<Path> files;
    try {
      files = WarcScan.files(warcDir);
      for (Path file : files) {
        WarcScan.Scanned s = WarcScan.scan(file);
        if (s.bytesAfter() > 0) {
          problems.add(file.getFileName() + ": " + s.bytesAfter()
              + " bytes after the last whole record");
        }
        for (WarcRecovery.Found r : s.records()) {
          if (r.isCapture()) {
            records.put(key(s.file(), r.offset(), r.length()), r.recordId());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int rows = 0;
    Map<String, String> unmatched = new HashMap<>(records);
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT id, warc_file, warc_offset, warc_length, warc_record_id FROM capture"
            + " WHERE warc_file IS NOT NULL")) {
      while (rs.next()) {
        rows++;
        String key = key(rs.getString(2), rs.getLong(3), rs.getLong(4));
        String id = unmatched.remove(key);
        if (id == null || !id.equals(rs.getString(5))) {
          problems.add("capture " + rs.getLong(1) + " points at no whole response record: "
              + key);
        }
      }
    }
    unmatched.keySet().stream().sorted()
        .forEach(k -> problems.add("whole response record without a capture row: " + k));
    int duplicates = duplicates(c, problems);
    numbering(c, problems);
    return new Audit(files.size(), records.size(), rows, count(c, "SELECT COUNT(*) FROM version"),
        duplicates, problems);
  }

  private static String key(String file, long offset, long length) {
    return file + "@" + offset + "+" + length;
  }

  private static int duplicates(Connection c, List<String> problems) throws SQLException {
    int n = 0;
    n += lines(c, "SELECT a.page_id, b.number FROM version a JOIN version b"
        + " ON b.page_id = a.page_id AND b.number = a.number + 1"
        + " WHERE a.content_hash = b.content_hash", "repeats the version before it", problems);
    // A re-extraction may be a new text of the very capture the version before it came from.
    n += lines(c, "SELECT MIN(page_id), COUNT(*) FROM version WHERE cause <> 'reextraction'"
        + " GROUP BY capture_id"
        + " HAVING COUNT(*) > 1", "versions share one capture", problems);
    return n;
  }

  /** Unique (page_id, number) rules out two of a number; this rules out gaps. */
  private static void numbering(Connection c, List<String> problems) throws SQLException {
    lines(c, "SELECT page_id, MAX(number) FROM version GROUP BY page_id"
        + " HAVING MIN(number) <> 1 OR MAX(number) <> COUNT(*)",
        "version numbers have a gap", problems);
  }

  private static int lines(Connection c, String sql, String what, List<String> problems)
      throws SQLException {
    int n = 0;
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        problems.add("page " + rs.getLong(1) + " (" + rs.getLong(2) + "): " + what);
        n++;
      }
    }
    return n;
  }

  private static int count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}

package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The capture table: one row per fetch, pointing at its response record in a WARC file. */
final class Captures {
  private static final String COLUMNS = "id, page_id, url, fetched_at, status, content_type,"
      + " warc_file, warc_offset, warc_length, warc_record_id, payload_digest, truncated,"
      + " outcome, reason, revisit_of";

  private Captures() {}

  /** Inserts the capture (its id is ignored) and returns it with the id it was given. */
  static Capture insert(Connection c, Capture r) throws SQLException {
    return insert(c, r, null);
  }

  /**
   * Inserts the capture, whose record is a revisit of the capture revisitOf when that is not
   * null, and returns it with the id it was given.
   */
  static Capture insert(Connection c, Capture r, Long revisitOf) throws SQLException {
    String sql = "INSERT INTO capture (page_id, url, fetched_at, status, content_type, warc_file,"
        + " warc_offset, warc_length, warc_record_id, payload_digest, truncated, outcome, reason,"
        + " revisit_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      Sql.setLong(ps, 1, r.pageId());
      ps.setString(2, r.url());
      Sql.setInstant(ps, 3, r.fetchedAt());
      Sql.setInt(ps, 4, r.status());
      ps.setString(5, Sql.clip(r.contentType(), 255));
      ps.setString(6, r.warcFile());
      Sql.setLong(ps, 7, r.warcOffset());
      Sql.setLong(ps, 8, r.warcLength());
      ps.setString(9, r.warcRecordId());
      ps.setString(10, r.payloadDigest());
      ps.setBoolean(11, r.truncated());
      ps.setString(12, Sql.clip(r.outcome(), 40));
      ps.setString(13, Sql.clip(r.reason(), 2000));
      Sql.setLong(ps, 14, revisitOf);
      ps.executeUpdate();
      long id = Sql.generatedId(ps);
      return new Capture(id, r.pageId(), r.url(), r.fetchedAt(), r.status(),
          Sql.clip(r.contentType(), 255), r.warcFile(), r.warcOffset(), r.warcLength(),
          r.warcRecordId(), r.payloadDigest(), r.truncated(), Sql.clip(r.outcome(), 40),
          Sql.clip(r.reason(), 2000));
    }
  }

  /** Every capture of the page, oldest first. */
  static List<Capture> forPage(Connection c, long pageId) throws SQLException {
    return list(c, "SELECT " + COLUMNS + " FROM capture WHERE page_id = ?"
        + " ORDER BY fetched_at, id", pageId);
  }

  /** Every capture whose response is in the WARC file, by offset. */
  static List<Capture> inFile(Connection c, String warcFile) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
        + " FROM capture WHERE warc_file = ? ORDER BY warc_offset")) {
      ps.setString(1, warcFile);
      return rows(ps);
    }
  }

  /**
   * The capture whose record holds the bytes of this one: the capture itself, or the original
   * its revisit record refers to.
   */
  static Capture original(Connection c, Capture capture) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT revisit_of FROM capture WHERE id = ?")) {
      ps.setLong(1, capture.id());
      try (ResultSet rs = ps.executeQuery()) {
        Long of = rs.next() ? Sql.nullableLong(rs, "revisit_of") : null;
        return of == null ? capture : byId(c, of).orElse(capture);
      }
    }
  }

  /** The latest capture of the URL that got a response, followed to its original bytes. */
  static Optional<Capture> previousOriginal(Connection c, String url) throws SQLException {
    Optional<Capture> latest = latestResponse(c, url);
    return latest.isEmpty() ? latest : Optional.of(original(c, latest.get()));
  }

  /** The latest capture of the URL that got a response. */
  static Optional<Capture> latestResponse(Connection c, String url) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM capture"
        + " WHERE url = ? AND warc_file IS NOT NULL ORDER BY fetched_at DESC, id DESC")) {
      ps.setString(1, url);
      ps.setMaxRows(1);
      return rows(ps).stream().findFirst();
    }
  }

  /** The capture whose record has this WARC-Record-ID. */
  static Optional<Capture> byRecordId(Connection c, String recordId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
        + " FROM capture WHERE warc_record_id = ?")) {
      ps.setString(1, recordId);
      return rows(ps).stream().findFirst();
    }
  }

  /** The URL's first capture with a response fetched at or after the instant. */
  static Optional<Capture> firstAfter(Connection c, String url, java.time.Instant at)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM capture"
        + " WHERE url = ? AND fetched_at >= ? AND warc_file IS NOT NULL"
        + " ORDER BY fetched_at, id FETCH FIRST 1 ROWS ONLY")) {
      ps.setString(1, url);
      Sql.setInstant(ps, 2, at);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    }
  }

  static Optional<Capture> byId(Connection c, long id) throws SQLException {
    List<Capture> found = list(c, "SELECT " + COLUMNS + " FROM capture WHERE id = ?", id);
    return found.stream().findFirst();
  }

  /** True when a row already points at this record. */
  static boolean exists(Connection c, String warcFile, long offset) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT 1 FROM capture WHERE warc_file = ? AND warc_offset = ?")) {
      ps.setString(1, warcFile);
      ps.setLong(2, offset);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static List<Capture> list(Connection c, String sql, long key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, key);
      return rows(ps);
    }
  }

  private static List<Capture> rows(PreparedStatement ps) throws SQLException {
    List<Capture> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(row(rs));
      }
    }
    return out;
  }

  private static Capture row(ResultSet rs) throws SQLException {
    return new Capture(rs.getLong("id"), Sql.nullableLong(rs, "page_id"), rs.getString("url"),
        Sql.instant(rs, "fetched_at"), Sql.nullableInt(rs, "status"),
        rs.getString("content_type"), rs.getString("warc_file"),
        Sql.nullableLong(rs, "warc_offset"), Sql.nullableLong(rs, "warc_length"),
        rs.getString("warc_record_id"), rs.getString("payload_digest"),
        rs.getBoolean("truncated"), rs.getString("outcome"), rs.getString("reason"));
  }
}

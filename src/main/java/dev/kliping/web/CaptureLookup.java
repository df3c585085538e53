package dev.kliping.web;

import dev.kliping.archive.Capture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/** Finds one capture row by its id, for the raw download (the archive looks them up by URL). */
final class CaptureLookup {
  private final DataSource db;

  CaptureLookup(DataSource db) {
    this.db = db;
  }

  Optional<Capture> byId(long id) {
    String sql = "SELECT id, page_id, url, fetched_at, status, content_type, warc_file,"
        + " warc_offset, warc_length, warc_record_id, payload_digest, truncated, outcome, reason"
        + " FROM capture WHERE id = ?";
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Capture(rs.getLong("id"), nullableLong(rs, "page_id"),
            rs.getString("url"), rs.getObject("fetched_at", OffsetDateTime.class).toInstant(),
            (Integer) rs.getObject("status"), rs.getString("content_type"),
            rs.getString("warc_file"), nullableLong(rs, "warc_offset"),
            nullableLong(rs, "warc_length"), rs.getString("warc_record_id"),
            rs.getString("payload_digest"), rs.getBoolean("truncated"), rs.getString("outcome"),
            rs.getString("reason")));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read capture " + id + ": " + e.getMessage(), e);
    }
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}

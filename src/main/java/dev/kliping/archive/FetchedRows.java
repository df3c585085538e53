package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads captures that got a response, with the version each one made: see {@link Fetched}. */
final class FetchedRows {
  private FetchedRows() {}

  /** Every capture that got a response, in the order fetched. */
  static List<Fetched> all(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.page_id, c.url, c.fetched_at,"
        + " c.warc_file, v.number FROM capture c LEFT JOIN version v ON v.capture_id = c.id"
        + " WHERE c.status IS NOT NULL ORDER BY c.fetched_at, c.id");
        ResultSet rs = ps.executeQuery()) {
      List<Fetched> out = new ArrayList<>();
      while (rs.next()) {
        out.add(new Fetched(rs.getLong("id"), Sql.nullableLong(rs, "page_id"),
            rs.getString("url"), Sql.instant(rs, "fetched_at"), rs.getString("warc_file"),
            Sql.nullableInt(rs, "number")));
      }
      return out;
    }
  }

  /** How many pages have been due since before the instant: not yet visited again. */
  static int overdue(Connection c, Instant before) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT COUNT(*) FROM page WHERE next_fetch_at < ?")) {
      Sql.setInstant(ps, 1, before);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}

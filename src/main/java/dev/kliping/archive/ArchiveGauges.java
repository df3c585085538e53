package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The archive's figures a monitoring system watches, read in one go.
 *
 * @param versions versions stored
 * @param due pages whose next fetch is due
 * @param overdue of those, the pages due since before the overdue bound
 */
public record ArchiveGauges(long versions, long due, long overdue) {

  static ArchiveGauges read(Connection c, Instant now, Instant overdueBefore)
      throws SQLException {
    return new ArchiveGauges(count(c, "SELECT COUNT(*) FROM version", null),
        count(c, "SELECT COUNT(*) FROM page WHERE next_fetch_at <= ?", now),
        count(c, "SELECT COUNT(*) FROM page WHERE next_fetch_at <= ?", overdueBefore));
  }

  private static long count(Connection c, String sql, Instant at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (at != null) {
        Sql.setInstant(ps, 1, at);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}

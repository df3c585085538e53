package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The archive's figures a monitoring system watches, read in one go.
 *
 * @param versions versions stored
 * @param due pages whose next fetch is due
 * @param overdue of those, the pages due since before the overdue bound
 * @param byKind versions by cause and, for edits, significance: {@code first},
 *     {@code edit:cosmetic}, {@code edit:substantive}, {@code edit} (not classified),
 *     {@code reextraction}
 */
public record ArchiveGauges(long versions, long due, long overdue, Map<String, Long> byKind) {

  public ArchiveGauges {
    byKind = Map.copyOf(byKind);
  }

  static ArchiveGauges read(Connection c, Instant now, Instant overdueBefore)
      throws SQLException {
    return new ArchiveGauges(count(c, "SELECT COUNT(*) FROM version", null),
        count(c, "SELECT COUNT(*) FROM page WHERE next_fetch_at <= ?", now),
        count(c, "SELECT COUNT(*) FROM page WHERE next_fetch_at <= ?", overdueBefore),
        byKind(c));
  }

  private static Map<String, Long> byKind(Connection c) throws SQLException {
    Map<String, Long> kinds = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT cause, significance, COUNT(*) FROM version GROUP BY cause, significance");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String kind = rs.getString(1) + (rs.getString(2) == null ? "" : ":" + rs.getString(2));
        kinds.merge(kind, rs.getLong(3), Long::sum);
      }
    }
    return kinds;
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

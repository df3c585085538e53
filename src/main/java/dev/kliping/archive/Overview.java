package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Archive-wide questions for overviews: which outlets it holds, what was stored when. */
final class Overview {
  private Overview() {}

  /** Every outlet the archive holds pages of, by id. */
  static List<String> outletIds(Connection c) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT DISTINCT outlet_id FROM page ORDER BY outlet_id")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  /**
   * The versions captured from (inclusive) to until (exclusive), of one outlet or (null) all.
   * Days are left to the caller: casting a time with zone to a date differs between H2 and
   * PostgreSQL.
   */
  static List<VersionMoment> versionsBetween(Connection c, String outletId, Instant from,
      Instant until) throws SQLException {
    String sql = "SELECT v.captured_at, v.cause, v.significance FROM version v"
        + " JOIN page p ON p.id = v.page_id"
        + " WHERE v.captured_at >= ? AND v.captured_at < ?"
        + (outletId == null ? "" : " AND p.outlet_id = ?");
    List<VersionMoment> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Sql.setInstant(ps, 1, from);
      Sql.setInstant(ps, 2, until);
      if (outletId != null) {
        ps.setString(3, outletId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new VersionMoment(Sql.instant(rs, "captured_at"), rs.getString("cause"),
              rs.getString("significance")));
        }
      }
    }
    return out;
  }
}

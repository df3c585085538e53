package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The outlet_pass table: which node ran each pass of an outlet, and when. */
final class OutletPassRows {
  private OutletPassRows() {}

  static long start(Connection c, String outletId, String node, String kind, Instant at)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO outlet_pass (outlet_id, node,"
        + " kind, started_at) VALUES (?, ?, ?, ?)", new String[] {"id"})) {
      ps.setString(1, outletId);
      ps.setString(2, node);
      ps.setString(3, kind);
      Sql.setInstant(ps, 4, at);
      ps.executeUpdate();
      return Sql.generatedId(ps);
    }
  }

  static void end(Connection c, long id, Instant at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE outlet_pass SET ended_at = ? WHERE id = ?")) {
      Sql.setInstant(ps, 1, at);
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  /** Every pass recorded, oldest first. */
  static List<OutletPass> all(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id, outlet_id, node, kind,"
        + " started_at, ended_at FROM outlet_pass ORDER BY started_at, id");
        ResultSet rs = ps.executeQuery()) {
      List<OutletPass> passes = new ArrayList<>();
      while (rs.next()) {
        passes.add(new OutletPass(rs.getLong("id"), rs.getString("outlet_id"),
            rs.getString("node"), rs.getString("kind"), Sql.instant(rs, "started_at"),
            Sql.instant(rs, "ended_at")));
      }
      return passes;
    }
  }
}

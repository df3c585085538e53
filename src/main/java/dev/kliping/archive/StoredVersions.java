package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/** Reads every version in id order, a range of ids at a time (H2 materialises result sets). */
final class StoredVersions {
  private static final int PER_READ = 2000;
  private static final String SELECT = "SELECT v.id, v.page_id, p.outlet_id, p.url, v.title,"
      + " v.body, v.published, (SELECT MIN(f.captured_at) FROM version f"
      + " WHERE f.page_id = v.page_id) AS first_captured"
      + " FROM version v JOIN page p ON p.id = v.page_id WHERE v.id >= ? AND v.id < ?"
      + " ORDER BY v.id";

  private StoredVersions() {}

  static void each(Connection c, Consumer<StoredVersion> each) throws SQLException {
    long max;
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM version");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      max = rs.getLong(1);
    }
    try (PreparedStatement ps = c.prepareStatement(SELECT)) {
      for (long from = 0; from <= max; from += PER_READ) {
        ps.setLong(1, from);
        ps.setLong(2, from + PER_READ);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String body = rs.getString("body");
            each.accept(new StoredVersion(rs.getLong("page_id"), rs.getLong("id"),
                rs.getString("outlet_id"), rs.getString("url"), rs.getString("title"),
                body.isEmpty() ? List.of() : List.of(body.split("\n\n")),
                Sql.instant(rs, "published"), Sql.instant(rs, "first_captured")));
          }
        }
      }
    }
  }
}

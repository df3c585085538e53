package dev.kliping.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Articles and edits per day. Days are bucketed here in UTC rather than in SQL, because casting a
 * time with zone to a date differs between H2 and PostgreSQL.
 */
final class DayCounts {
  /** A year: enough for a chart, and a bound on the rows one request reads. */
  static final int MAX_DAYS = 366;

  private final DataSource db;

  DayCounts(DataSource db) {
    this.db = db;
  }

  /** Every day from first to last inclusive, zero when nothing happened; outlet null for all. */
  List<DayCount> between(String outlet, LocalDate first, LocalDate last) {
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("from must be before to, and at most " + MAX_DAYS
          + " days apart");
    }
    int[] articles = new int[(int) days];
    int[] substantive = new int[(int) days];
    int[] cosmetic = new int[(int) days];
    String sql = "SELECT v.captured_at, v.cause, v.significance FROM version v"
        + " JOIN page p ON p.id = v.page_id"
        + " WHERE v.captured_at >= ? AND v.captured_at < ?"
        + (outlet == null ? "" : " AND p.outlet_id = ?");
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, first.atStartOfDay().atOffset(ZoneOffset.UTC));
      ps.setObject(2, last.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
      if (outlet != null) {
        ps.setString(3, outlet);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          LocalDate day = rs.getObject(1, OffsetDateTime.class)
              .atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
          int i = (int) ChronoUnit.DAYS.between(first, day);
          String cause = rs.getString(2);
          if ("first".equals(cause)) {
            articles[i]++;
          } else if ("edit".equals(cause)) {
            if ("cosmetic".equals(rs.getString(3))) {
              cosmetic[i]++;
            } else {
              substantive[i]++;
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count versions per day: " + e.getMessage(), e);
    }
    List<DayCount> out = new ArrayList<>((int) days);
    for (int i = 0; i < days; i++) {
      out.add(new DayCount(first.plusDays(i), articles[i], substantive[i] + cosmetic[i],
          substantive[i], cosmetic[i]));
    }
    return out;
  }
}

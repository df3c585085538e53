package dev.kliping.archive;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The {@code outlet_health} table: per outlet and day, counts added up pass by pass. */
final class HealthLog {
  private HealthLog() {}

  /** Adds a pass's counts to the day's row, creating it; portable (no MERGE or ON CONFLICT). */
  static void add(Connection c, String outlet, LocalDate day, HealthCounts d, Instant success)
      throws SQLException {
    try (PreparedStatement up = c.prepareStatement("UPDATE outlet_health SET"
        + " discovered = discovered + ?, fetched = fetched + ?,"
        + " extracted_by_rules = extracted_by_rules + ?,"
        + " fell_back_to_generic = fell_back_to_generic + ?, empty_body = empty_body + ?,"
        + " missing_date = missing_date + ?, boilerplate_found = boilerplate_found + ?,"
        + " last_success = COALESCE(?, last_success)"
        + " WHERE outlet_id = ? AND on_day = ?")) {
      int i = counts(up, d);
      Sql.setInstant(up, i++, success);
      up.setString(i++, outlet);
      up.setDate(i, Date.valueOf(day));
      if (up.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement in = c.prepareStatement("INSERT INTO outlet_health (discovered,"
        + " fetched, extracted_by_rules, fell_back_to_generic, empty_body, missing_date,"
        + " boilerplate_found, last_success, outlet_id, on_day) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      int i = counts(in, d);
      Sql.setInstant(in, i++, success);
      in.setString(i++, outlet);
      in.setDate(i, Date.valueOf(day));
      in.executeUpdate();
    }
  }

  static HealthCounts day(Connection c, String outlet, LocalDate day) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT * FROM outlet_health WHERE outlet_id = ? AND on_day = ?")) {
      ps.setString(1, outlet);
      ps.setDate(2, Date.valueOf(day));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return HealthCounts.ZERO;
        }
        return new HealthCounts(rs.getInt("discovered"), rs.getInt("fetched"),
            rs.getInt("extracted_by_rules"), rs.getInt("fell_back_to_generic"),
            rs.getInt("empty_body"), rs.getInt("missing_date"), rs.getInt("boilerplate_found"));
      }
    }
  }

  static Optional<Instant> lastSuccess(Connection c, String outlet) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT MAX(last_success) AS last_success FROM outlet_health WHERE outlet_id = ?")) {
      ps.setString(1, outlet);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(Sql.instant(rs, "last_success")) : Optional.empty();
      }
    }
  }

  private static int counts(PreparedStatement ps, HealthCounts d) throws SQLException {
    int i = 1;
    ps.setInt(i++, d.discovered());
    ps.setInt(i++, d.fetched());
    ps.setInt(i++, d.extractedByRules());
    ps.setInt(i++, d.fellBackToGeneric());
    ps.setInt(i++, d.emptyBody());
    ps.setInt(i++, d.missingDate());
    ps.setInt(i++, d.boilerplateFound());
    return i;
  }
}

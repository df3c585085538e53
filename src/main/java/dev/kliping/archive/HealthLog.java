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
  /** How many days before make an outlet's usual figures. */
  static final int BASELINE_DAYS = 7;
  private static final String COUNTS = "discovered, fetched, extracted_by_rules,"
      + " fell_back_to_generic, empty_body, missing_date, boilerplate_found, missing_title,"
      + " words, passes";

  private HealthLog() {}

  /**
   * Adds a pass's counts to the day's row, creating it; portable (no MERGE or ON CONFLICT).
   *
   * @param genericOnly whether the outlet expected the generic extractor: the latest pass says
   */
  static void add(Connection c, String outlet, LocalDate day, HealthCounts d, Instant success,
      boolean genericOnly) throws SQLException {
    try (PreparedStatement up = c.prepareStatement("UPDATE outlet_health SET"
        + " discovered = discovered + ?, fetched = fetched + ?,"
        + " extracted_by_rules = extracted_by_rules + ?,"
        + " fell_back_to_generic = fell_back_to_generic + ?, empty_body = empty_body + ?,"
        + " missing_date = missing_date + ?, boilerplate_found = boilerplate_found + ?,"
        + " missing_title = missing_title + ?, words = words + ?, passes = passes + ?,"
        + " last_success = COALESCE(?, last_success), generic_only = ?"
        + " WHERE outlet_id = ? AND on_day = ?")) {
      int i = counts(up, d);
      Sql.setInstant(up, i++, success);
      up.setBoolean(i++, genericOnly);
      up.setString(i++, outlet);
      up.setDate(i, Date.valueOf(day));
      if (up.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement in = c.prepareStatement("INSERT INTO outlet_health (" + COUNTS
        + ", last_success, generic_only, outlet_id, on_day)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      int i = counts(in, d);
      Sql.setInstant(in, i++, success);
      in.setBoolean(i++, genericOnly);
      in.setString(i++, outlet);
      in.setDate(i, Date.valueOf(day));
      in.executeUpdate();
    }
  }

  static HealthCounts day(Connection c, String outlet, LocalDate day) throws SQLException {
    return sum(c, outlet, day, day);
  }

  /** The counts of the {@link #BASELINE_DAYS} days before {@code day}, summed. */
  static HealthCounts before(Connection c, String outlet, LocalDate day) throws SQLException {
    return sum(c, outlet, day.minusDays(BASELINE_DAYS), day.minusDays(1));
  }

  /** Whether the outlet's latest pass on the day expected the generic extractor alone. */
  static boolean genericOnly(Connection c, String outlet, LocalDate day) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT generic_only FROM outlet_health WHERE outlet_id = ? AND on_day = ?")) {
      ps.setString(1, outlet);
      ps.setDate(2, Date.valueOf(day));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private static HealthCounts sum(Connection c, String outlet, LocalDate from, LocalDate to)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT"
        + " COALESCE(SUM(discovered), 0), COALESCE(SUM(fetched), 0),"
        + " COALESCE(SUM(extracted_by_rules), 0), COALESCE(SUM(fell_back_to_generic), 0),"
        + " COALESCE(SUM(empty_body), 0), COALESCE(SUM(missing_date), 0),"
        + " COALESCE(SUM(boilerplate_found), 0), COALESCE(SUM(missing_title), 0),"
        + " COALESCE(SUM(words), 0), COALESCE(SUM(passes), 0)"
        + " FROM outlet_health WHERE outlet_id = ? AND on_day BETWEEN ? AND ?")) {
      ps.setString(1, outlet);
      ps.setDate(2, Date.valueOf(from));
      ps.setDate(3, Date.valueOf(to));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new HealthCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
            rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getLong(9), rs.getInt(10));
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
    ps.setInt(i++, d.missingTitle());
    ps.setLong(i++, d.words());
    ps.setInt(i++, d.passes());
    return i;
  }
}

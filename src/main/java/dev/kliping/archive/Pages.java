package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The page table: known article pages and when each is due. */
final class Pages {
  /** Longest URL a page may have; the unique index must fit PostgreSQL's B-tree entry limit. */
  static final int MAX_URL = 2048;
  /** SQLSTATE for a unique constraint violation, the same in H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String COLUMNS =
      "id, outlet_id, url, first_seen, last_fetched, next_fetch_at, status";

  private Pages() {}

  /**
   * The id of the page with this URL, inserting it (due at once) when new. Two threads adding one
   * URL both get the same id: the loser of the insert race reads the winner's row.
   */
  static long upsert(Connection c, String outletId, String url, Instant seenAt)
      throws SQLException {
    Optional<Page> known = find(c, url);
    if (known.isPresent()) {
      return known.get().id();
    }
    String sql = "INSERT INTO page (outlet_id, url, first_seen, next_fetch_at, status)"
        + " VALUES (?, ?, ?, ?, ?)";
    // A savepoint, not a rollback: the insert may be part of a larger transaction, and PostgreSQL
    // refuses further statements in a transaction after an error until it is undone.
    Savepoint before = c.setSavepoint();
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      ps.setString(1, outletId);
      ps.setString(2, url);
      Sql.setInstant(ps, 3, seenAt);
      Sql.setInstant(ps, 4, seenAt);
      ps.setString(5, Page.NEW);
      ps.executeUpdate();
      return Sql.generatedId(ps);
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        c.rollback(before);
        return find(c, url).orElseThrow(() -> e).id();
      }
      throw e;
    }
  }

  static Optional<Page> find(Connection c, String url) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM page WHERE url = ?")) {
      ps.setString(1, url);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    }
  }

  /** Records a fetch of the page: a response when responded, else a failure. */
  static void fetched(Connection c, long pageId, Instant at, boolean responded)
      throws SQLException {
    String sql = responded
        ? "UPDATE page SET last_fetched = ?, status = ? WHERE id = ?"
        : "UPDATE page SET status = ? WHERE id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      if (responded) {
        Sql.setInstant(ps, i++, at);
      }
      ps.setString(i++, responded ? Page.FETCHED : Page.FAILED);
      ps.setLong(i, pageId);
      ps.executeUpdate();
    }
  }

  static void schedule(Connection c, long pageId, Instant next) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE page SET next_fetch_at = ? WHERE id = ?")) {
      Sql.setInstant(ps, 1, next);
      ps.setLong(2, pageId);
      if (ps.executeUpdate() == 0) {
        throw new IllegalArgumentException("no page with id " + pageId);
      }
    }
  }

  /** The outlet's pages due at {@code now}, most overdue first. */
  static List<Page> due(Connection c, String outletId, Instant now, int limit)
      throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM page WHERE outlet_id = ? AND next_fetch_at <= ?"
        + " ORDER BY next_fetch_at, id FETCH FIRST ? ROWS ONLY";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, outletId);
      Sql.setInstant(ps, 2, now);
      ps.setInt(3, limit);
      List<Page> pages = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          pages.add(row(rs));
        }
      }
      return pages;
    }
  }

  private static Page row(ResultSet rs) throws SQLException {
    return new Page(rs.getLong("id"), rs.getString("outlet_id"), rs.getString("url"),
        Sql.instant(rs, "first_seen"), Sql.instant(rs, "last_fetched"),
        Sql.instant(rs, "next_fetch_at"), rs.getString("status"));
  }
}

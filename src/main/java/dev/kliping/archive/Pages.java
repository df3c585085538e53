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
    return upsertRow(c, outletId, url, seenAt).id();
  }

  /** As {@link #upsert}, the page's row: what a visit needs to know of it, in one lookup. */
  static Page upsertRow(Connection c, String outletId, String url, Instant seenAt)
      throws SQLException {
    Optional<Page> known = find(c, url);
    if (known.isPresent()) {
      return known.get();
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
      return new Page(Sql.generatedId(ps), outletId, url, seenAt, null, seenAt, Page.NEW);
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        c.rollback(before);
        return find(c, url).orElseThrow(() -> e);
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

  /** Books the page's next fetch (null: none), which ends any node's lease on it. */
  static void schedule(Connection c, long pageId, Instant next) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE page SET next_fetch_at = ?,"
        + " lease_node = NULL, lease_until = NULL WHERE id = ?")) {
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

  /**
   * Claims up to limit of the outlet's pages due at now for the node until leaseUntil, most
   * overdue first: pages nobody holds, or whose lease ran out (its node died or gave up). Rows
   * another transaction is claiming are skipped, not waited for (FOR UPDATE SKIP LOCKED), so
   * nodes claiming at once get different pages. Run it in its own transaction.
   */
  static List<Page> claimDue(Connection c, String outletId, Instant now, int limit, String node,
      Instant leaseUntil) throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM page WHERE outlet_id = ? AND next_fetch_at <= ?"
        + " AND (lease_until IS NULL OR lease_until < ?)"
        + " ORDER BY next_fetch_at, id FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED";
    List<Page> pages = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, outletId);
      Sql.setInstant(ps, 2, now);
      Sql.setInstant(ps, 3, now);
      ps.setInt(4, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          pages.add(row(rs));
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE page SET lease_node = ?, lease_until = ? WHERE id = ?")) {
      for (Page page : pages) {
        ps.setString(1, node);
        Sql.setInstant(ps, 2, leaseUntil);
        ps.setLong(3, page.id());
        ps.addBatch();
      }
      if (!pages.isEmpty()) {
        ps.executeBatch();
      }
    }
    return pages;
  }

  /**
   * Claims (or renews) the node's lease on one page if it is due at now and nobody else holds
   * it; returns whether the node now holds it. One statement: the row lock decides a race.
   */
  static boolean claim(Connection c, long pageId, Instant now, String node, Instant leaseUntil)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE page SET lease_node = ?,"
        + " lease_until = ? WHERE id = ? AND next_fetch_at <= ?"
        + " AND (lease_until IS NULL OR lease_until < ? OR lease_node = ?)")) {
      ps.setString(1, node);
      Sql.setInstant(ps, 2, leaseUntil);
      ps.setLong(3, pageId);
      Sql.setInstant(ps, 4, now);
      Sql.setInstant(ps, 5, now);
      ps.setString(6, node);
      return ps.executeUpdate() == 1;
    }
  }

  /** Ends every lease the node holds: it is stopping, its claimed pages are anyone's again. */
  static int release(Connection c, String node) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE page SET lease_node = NULL, lease_until = NULL WHERE lease_node = ?")) {
      ps.setString(1, node);
      return ps.executeUpdate();
    }
  }

  private static Page row(ResultSet rs) throws SQLException {
    return new Page(rs.getLong("id"), rs.getString("outlet_id"), rs.getString("url"),
        Sql.instant(rs, "first_seen"), Sql.instant(rs, "last_fetched"),
        Sql.instant(rs, "next_fetch_at"), rs.getString("status"));
  }
}

package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.Optional;

/**
 * The host_turn table: which node holds each host's turn, until when, and when the next request
 * to the host may start. A turn is taken and given back with single-row updates, so the
 * database's row lock decides between nodes racing for a host.
 */
final class HostTurnRows {
  private static final String UNIQUE_VIOLATION = "23505";

  private HostTurnRows() {}

  /** The host's turn as stored: holder (null when free), held until, free at. */
  record Turn(String node, Instant heldUntil, Instant freeAt) {}

  /**
   * Takes the host's turn for the node if it is free (nobody holds it, or the holder's hold ran
   * out: it died in the request) and its next request may start by now. Returns whether it did.
   */
  static boolean take(Connection c, String host, String node, Instant now, Instant heldUntil)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE host_turn SET node = ?,"
        + " held_until = ? WHERE host = ? AND (held_until IS NULL OR held_until < ?)"
        + " AND free_at <= ?")) {
      ps.setString(1, node);
      Sql.setInstant(ps, 2, heldUntil);
      ps.setString(3, host);
      Sql.setInstant(ps, 4, now);
      Sql.setInstant(ps, 5, now);
      return ps.executeUpdate() == 1;
    }
  }

  /** Adds the host's row, free since the epoch, unless it exists. */
  static void ensure(Connection c, String host) throws SQLException {
    if (find(c, host).isPresent()) {
      return;
    }
    Savepoint before = c.setSavepoint();
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO host_turn (host, free_at) VALUES (?, ?)")) {
      ps.setString(1, host);
      Sql.setInstant(ps, 2, Instant.EPOCH);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      c.rollback(before);
    }
  }

  static Optional<Turn> find(Connection c, String host) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT node, held_until, free_at FROM host_turn WHERE host = ?")) {
      ps.setString(1, host);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Turn(rs.getString("node"),
            Sql.instant(rs, "held_until"), Sql.instant(rs, "free_at"))) : Optional.empty();
      }
    }
  }

  /** Frees every turn the node holds, leaving when each host's next request may start. */
  static void release(Connection c, String node) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE host_turn SET node = NULL, held_until = NULL WHERE node = ?")) {
      ps.setString(1, node);
      ps.executeUpdate();
    }
  }

  /** Gives the node's turn back; the host's next request may start at freeAt. */
  static void give(Connection c, String host, String node, Instant freeAt) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE host_turn SET node = NULL,"
        + " held_until = NULL, free_at = ? WHERE host = ? AND node = ?")) {
      Sql.setInstant(ps, 1, freeAt);
      ps.setString(2, host);
      ps.setString(3, node);
      ps.executeUpdate();
    }
  }
}

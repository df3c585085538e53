package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The node table: the cluster's daemons, their check-ins and what each is doing. */
final class NodeRows {
  private static final String UNIQUE_VIOLATION = "23505";
  private static final int MAX_TEXT = 500;

  private NodeRows() {}

  /** Records that the node has (re)started now: running, idle. */
  static void started(Connection c, String name, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE node SET started_at = ?,"
        + " checked_in_at = ?, doing = NULL, stopped_at = NULL, note = NULL WHERE name = ?")) {
      Sql.setInstant(ps, 1, now);
      Sql.setInstant(ps, 2, now);
      ps.setString(3, name);
      if (ps.executeUpdate() == 1) {
        return;
      }
    }
    Savepoint before = c.setSavepoint();
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO node (name, started_at, checked_in_at) VALUES (?, ?, ?)")) {
      ps.setString(1, name);
      Sql.setInstant(ps, 2, now);
      Sql.setInstant(ps, 3, now);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      // Two starts of one name at once: the other's row is as good as ours.
      c.rollback(before);
    }
  }

  /** The node is alive now, doing this (back from the dead, if it was taken for dead). */
  static void checkIn(Connection c, String name, Instant now, String doing) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE node SET checked_in_at = ?,"
        + " doing = ?, stopped_at = NULL, note = NULL WHERE name = ?")) {
      Sql.setInstant(ps, 1, now);
      ps.setString(2, Sql.clip(doing, MAX_TEXT));
      ps.setString(3, name);
      ps.executeUpdate();
    }
  }

  /**
   * Marks the node stopped, with a note; when {@code silentSince} is not null, only if it has not
   * checked in since then and is not already stopped. Returns whether this call marked it: of
   * nodes racing to take over a dead one, exactly one gets true.
   */
  static boolean stopped(Connection c, String name, Instant now, String note,
      Instant silentSince) throws SQLException {
    String sql = "UPDATE node SET stopped_at = ?, doing = NULL, note = ? WHERE name = ?"
        + (silentSince == null ? "" : " AND stopped_at IS NULL AND checked_in_at < ?");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Sql.setInstant(ps, 1, now);
      ps.setString(2, Sql.clip(note, MAX_TEXT));
      ps.setString(3, name);
      if (silentSince != null) {
        Sql.setInstant(ps, 4, silentSince);
      }
      return ps.executeUpdate() == 1;
    }
  }

  /** Every node the archive has seen, by name. */
  static List<Node> all(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT name, started_at, checked_in_at,"
        + " doing, stopped_at, note FROM node ORDER BY name");
        ResultSet rs = ps.executeQuery()) {
      List<Node> nodes = new ArrayList<>();
      while (rs.next()) {
        nodes.add(new Node(rs.getString("name"), Sql.instant(rs, "started_at"),
            Sql.instant(rs, "checked_in_at"), rs.getString("doing"),
            Sql.instant(rs, "stopped_at"), rs.getString("note")));
      }
      return nodes;
    }
  }
}

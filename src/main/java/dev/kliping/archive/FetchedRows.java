package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads for checking a cluster from its records: captures that got a response, with the version
 * each one made (see {@link Fetched}); every visit of a page; the pages' due times and leases.
 */
final class FetchedRows {
  private FetchedRows() {}

  /** Every capture that got a response, in the order fetched. */
  static List<Fetched> all(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.page_id, c.url, c.fetched_at,"
        + " c.warc_file, v.number FROM capture c LEFT JOIN version v ON v.capture_id = c.id"
        + " WHERE c.status IS NOT NULL ORDER BY c.fetched_at, c.id");
        ResultSet rs = ps.executeQuery()) {
      List<Fetched> out = new ArrayList<>();
      while (rs.next()) {
        out.add(new Fetched(rs.getLong("id"), Sql.nullableLong(rs, "page_id"),
            rs.getString("url"), Sql.instant(rs, "fetched_at"), rs.getString("warc_file"),
            Sql.nullableInt(rs, "number")));
      }
      return out;
    }
  }

  /** Every visit of an article page (any outcome, recovered ones marked), in the order made. */
  static List<PageVisit> visits(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT page_id, fetched_at, outcome, status"
        + " FROM capture WHERE page_id IS NOT NULL ORDER BY fetched_at, id");
        ResultSet rs = ps.executeQuery()) {
      List<PageVisit> out = new ArrayList<>();
      while (rs.next()) {
        out.add(new PageVisit(rs.getLong("page_id"), Sql.instant(rs, "fetched_at"),
            Capture.RECOVERED.equals(rs.getString("outcome")),
            Sql.nullableInt(rs, "status") != null));
      }
      return out;
    }
  }

  /** Every page's due time (null: none) and the node holding its lease (null: none). */
  static List<PageDue> dues(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, next_fetch_at, lease_node FROM page ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      List<PageDue> out = new ArrayList<>();
      while (rs.next()) {
        out.add(new PageDue(rs.getLong("id"), Sql.instant(rs, "next_fetch_at"),
            rs.getString("lease_node")));
      }
      return out;
    }
  }

  /** How many rows of the table (page or host_turn) name the node as holder in the column. */
  static int held(Connection c, String node, boolean hosts) throws SQLException {
    String sql = hosts ? "SELECT COUNT(*) FROM host_turn WHERE node = ?"
        : "SELECT COUNT(*) FROM page WHERE lease_node = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, node);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}

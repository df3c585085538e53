package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code page_event} table. */
final class PageEvents {
  private PageEvents() {}

  static void insert(Connection c, long pageId, PageEvent e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO page_event (page_id, at, kind, detail, capture_id) VALUES (?,?,?,?,?)")) {
      ps.setLong(1, pageId);
      Sql.setInstant(ps, 2, e.at());
      ps.setString(3, e.kind());
      ps.setString(4, e.detail());
      Sql.setLong(ps, 5, e.captureId());
      ps.executeUpdate();
    }
  }

  /** The page's events, oldest first. */
  static List<PageEvent> of(Connection c, long pageId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT at, kind, detail, capture_id FROM page_event WHERE page_id = ? ORDER BY at, id")) {
      ps.setLong(1, pageId);
      List<PageEvent> events = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          events.add(new PageEvent(Sql.instant(rs, "at"), rs.getString("kind"),
              rs.getString("detail"), Sql.nullableLong(rs, "capture_id")));
        }
      }
      return events;
    }
  }

  /** The kind of the page's latest event, or null when it has none. */
  static String latestKind(Connection c, long pageId) throws SQLException {
    List<PageEvent> events = of(c, pageId);
    return events.isEmpty() ? null : events.get(events.size() - 1).kind();
  }
}

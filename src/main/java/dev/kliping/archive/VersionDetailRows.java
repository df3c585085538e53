package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads versions with their details by id, for exports ({@code = ANY(?)} runs on both engines). */
final class VersionDetailRows {
  private static final String SQL = "SELECT v.id, v.page_id, p.url, p.outlet_id, v.number,"
      + " v.captured_at, v.capture_id, c.url AS capture_url, v.title, v.authors, v.editors,"
      + " v.published, v.modified, v.section, v.source_credit, v.language, v.canonical_url,"
      + " v.extractor, v.words, v.content_hash, v.body, v.cause, v.significance, v.kinds,"
      + " d.summary, sp.story_id"
      + " FROM version v JOIN page p ON p.id = v.page_id"
      + " LEFT JOIN capture c ON c.id = v.capture_id"
      + " LEFT JOIN diff d ON d.version_id = v.id"
      + " LEFT JOIN story_page sp ON sp.page_id = v.page_id WHERE v.id = ANY(?)";

  private VersionDetailRows() {}

  /** The versions, in the order of ids; an id with no row is left out. */
  static List<VersionDetails> byIds(Connection c, List<Long> ids) throws SQLException {
    Map<Long, VersionDetails> found = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setArray(1, c.createArrayOf("BIGINT", ids.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          VersionDetails row = row(rs);
          found.put(row.versionId(), row);
        }
      }
    }
    List<VersionDetails> out = new ArrayList<>(ids.size());
    for (Long id : ids) {
      VersionDetails row = found.get(id);
      if (row != null) {
        out.add(row);
      }
    }
    return out;
  }

  private static VersionDetails row(ResultSet rs) throws SQLException {
    String captureUrl = rs.getString("capture_url");
    return new VersionDetails(rs.getLong("id"), rs.getLong("page_id"), rs.getString("url"),
        rs.getString("outlet_id"), rs.getInt("number"), Sql.instant(rs, "captured_at"),
        rs.getLong("capture_id"), captureUrl != null ? captureUrl : rs.getString("url"),
        Sql.time(rs, "published"), Sql.time(rs, "modified"), rs.getString("title"),
        Json.strings(rs.getString("authors")), Json.strings(rs.getString("editors")),
        rs.getString("section"), rs.getString("source_credit"), rs.getString("language"),
        rs.getString("canonical_url"), rs.getString("extractor"), rs.getInt("words"),
        rs.getString("content_hash"), rs.getString("summary"), rs.getString("cause"),
        rs.getString("significance"), kinds(rs.getString("kinds")),
        Sql.nullableLong(rs, "story_id"), rs.getString("body"));
  }

  /** The kinds column's space-separated labels as a list. */
  private static List<String> kinds(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.trim().split(" "));
  }
}

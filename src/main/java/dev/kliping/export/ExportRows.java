package dev.kliping.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads versions for export by id, a batch at a time over one connection and one prepared
 * statement ({@code = ANY(?)} works in H2 and PostgreSQL alike). Not thread-safe.
 */
final class ExportRows implements AutoCloseable {
  private static final String SQL = "SELECT v.id, v.page_id, p.url, p.outlet_id, v.number,"
      + " v.captured_at, v.capture_id, v.title, v.authors, v.editors, v.published, v.modified,"
      + " v.section, v.source_credit, v.language, v.canonical_url, v.extractor, v.words,"
      + " v.content_hash, v.body, v.cause, v.significance, v.kinds, d.summary, sp.story_id"
      + " FROM version v JOIN page p ON p.id = v.page_id"
      + " LEFT JOIN diff d ON d.version_id = v.id"
      + " LEFT JOIN story_page sp ON sp.page_id = v.page_id WHERE v.id = ANY(?)";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

  private final PreparedStatement byId;

  ExportRows(Connection c) throws SQLException {
    this.byId = c.prepareStatement(SQL);
  }

  /**
   * The versions, in the order of ids; an id with no row (an index out of step with the
   * database) is left out.
   */
  List<ExportRow> get(List<Long> ids) throws SQLException {
    byId.setArray(1, byId.getConnection().createArrayOf("BIGINT", ids.toArray()));
    Map<Long, ExportRow> found = new HashMap<>();
    try (ResultSet rs = byId.executeQuery()) {
      while (rs.next()) {
        ExportRow row = row(rs);
        found.put(row.versionId(), row);
      }
    }
    List<ExportRow> out = new ArrayList<>(ids.size());
    for (Long id : ids) {
      ExportRow row = found.get(id);
      if (row != null) {
        out.add(row);
      }
    }
    return out;
  }

  private static ExportRow row(ResultSet rs) throws SQLException {
    return new ExportRow(rs.getString("url"), rs.getString("outlet_id"), rs.getInt("number"),
        rs.getLong("id"), rs.getObject("captured_at", OffsetDateTime.class).toInstant(),
        rs.getLong("capture_id"), rs.getObject("published", OffsetDateTime.class),
        rs.getObject("modified", OffsetDateTime.class), rs.getString("title"),
        names(rs.getString("authors")), names(rs.getString("editors")), rs.getString("section"),
        rs.getString("source_credit"), rs.getString("language"), rs.getString("canonical_url"),
        rs.getString("extractor"), rs.getInt("words"), rs.getString("content_hash"),
        rs.getString("summary"), rs.getString("cause"), rs.getString("significance"),
        kinds(rs.getString("kinds")), storyId(rs), rs.getString("body"), rs.getLong("page_id"));
  }

  /** The kinds column's space-separated labels as a list. */
  private static List<String> kinds(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.trim().split(" "));
  }

  private static Long storyId(ResultSet rs) throws SQLException {
    long id = rs.getLong("story_id");
    return rs.wasNull() ? null : id;
  }

  private static List<String> names(String json) {
    try {
      return json == null ? List.of() : JSON.readValue(json, NAMES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored names are not a JSON list: " + json, e);
    }
  }

  @Override
  public void close() throws SQLException {
    byId.close();
  }
}

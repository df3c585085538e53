package dev.kliping.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads versions from the archive database for indexing, a page at a time, so that each
 * version's flags (latest, changed, valid until) can be worked out from its siblings.
 */
final class VersionRows {
  private static final String SELECT = "SELECT v.id, v.page_id, p.url, p.outlet_id, v.number,"
      + " v.captured_at, v.title, v.authors, v.published, v.body, v.cause, v.significance,"
      + " v.correction"
      + " FROM version v JOIN page p ON p.id = v.page_id";
  private static final int PAGES_PER_READ = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

  private VersionRows() {}

  /** The page's versions, oldest first; empty for an unknown page. */
  static List<IndexedVersion> page(Connection c, String url) throws SQLException {
    List<List<IndexedVersion>> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE p.url = ? ORDER BY v.number")) {
      ps.setString(1, url);
      read(ps, out::add);
    }
    return out.isEmpty() ? List.of() : out.get(0);
  }

  /** The URLs of the pages that have a version with an id above the given one. */
  static List<String> pagesAfter(Connection c, long versionId) throws SQLException {
    List<String> urls = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT p.url FROM version v"
        + " JOIN page p ON p.id = v.page_id WHERE v.id > ?")) {
      ps.setLong(1, versionId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          urls.add(rs.getString(1));
        }
      }
    }
    return urls;
  }

  /**
   * Every page's versions in page order, handed over one page at a time. Read in ranges of page
   * ids, because H2 materialises a whole result set: memory stays flat however big the archive.
   */
  static void all(Connection c, Consumer<List<IndexedVersion>> perPage) throws SQLException {
    long max;
    try (PreparedStatement ps = c.prepareStatement("SELECT MAX(page_id) FROM version");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      max = rs.getLong(1);
    }
    try (PreparedStatement ps = c.prepareStatement(SELECT
        + " WHERE v.page_id >= ? AND v.page_id < ? ORDER BY v.page_id, v.number")) {
      for (long from = 0; from <= max; from += PAGES_PER_READ) {
        ps.setLong(1, from);
        ps.setLong(2, from + PAGES_PER_READ);
        read(ps, perPage);
      }
    }
  }

  private static void read(PreparedStatement ps, Consumer<List<IndexedVersion>> perPage)
      throws SQLException {
    List<Row> page = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Row row = row(rs);
        if (!page.isEmpty() && page.get(0).pageId != row.pageId) {
          perPage.accept(flagged(page));
          page.clear();
        }
        page.add(row);
      }
    }
    if (!page.isEmpty()) {
      perPage.accept(flagged(page));
    }
  }

  /** The page's rows with the flags only the whole page can tell. */
  private static List<IndexedVersion> flagged(List<Row> rows) {
    // Our own re-extractions are no edit; an edit from before changes were classified (no
    // significance) may be substantive, so it counts.
    boolean changed = rows.stream().anyMatch(r -> "edit".equals(r.cause));
    boolean substantive = rows.stream().anyMatch(r -> "edit".equals(r.cause)
        && (r.significance == null || "substantive".equals(r.significance)));
    boolean correction = rows.stream().anyMatch(r -> r.correction);
    List<IndexedVersion> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      boolean latest = i == rows.size() - 1;
      Instant validTo = latest ? null : rows.get(i + 1).captured;
      out.add(new IndexedVersion(r.id, r.url, r.outlet, r.number, r.captured, r.title, r.authors,
          r.published, r.body, latest, changed, validTo, substantive, correction));
    }
    return out;
  }

  private static Row row(ResultSet rs) throws SQLException {
    OffsetDateTime captured = rs.getObject("captured_at", OffsetDateTime.class);
    return new Row(rs.getLong("id"), rs.getLong("page_id"), rs.getString("url"),
        rs.getString("outlet_id"), rs.getInt("number"), captured.toInstant(),
        rs.getString("title"), names(rs.getString("authors")),
        rs.getObject("published", OffsetDateTime.class), rs.getString("body"),
        rs.getString("cause"), rs.getString("significance"), rs.getBoolean("correction"));
  }

  static List<String> names(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(json, NAMES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("version.authors is not a JSON list of names: " + json, e);
    }
  }

  private record Row(long id, long pageId, String url, String outlet, int number,
      Instant captured, String title, List<String> authors, OffsetDateTime published,
      String body, String cause, String significance, boolean correction) {}
}

package dev.kliping.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads versions for the search index, a page at a time, so that each version's flags (latest,
 * changed, valid until) can be worked out from its siblings. The caller holds the connection, so
 * a catch-up over many pages uses one.
 */
public final class IndexRows {
  private static final String SELECT = "SELECT v.id, v.page_id, p.url, p.outlet_id, v.number,"
      + " v.captured_at, v.title, v.authors, v.published, v.body, v.cause, v.significance,"
      + " v.correction"
      + " FROM version v JOIN page p ON p.id = v.page_id";
  private static final int PAGES_PER_READ = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

  private IndexRows() {}

  /** How many versions the archive holds. */
  public static long count(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM version");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The page's versions, oldest first; empty for an unknown page. */
  public static List<IndexRow> page(Connection c, String url) throws SQLException {
    List<List<IndexRow>> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE p.url = ? ORDER BY v.number")) {
      ps.setString(1, url);
      read(ps, out::add);
    }
    return out.isEmpty() ? List.of() : out.get(0);
  }

  /** The URLs of the pages that have a version with an id above the given one. */
  public static List<String> pagesAfter(Connection c, long versionId) throws SQLException {
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
   * Every page's versions in page order, oldest first, handed over one page at a time. Read in
   * ranges of page ids, because H2 materialises a whole result set: memory stays flat however
   * big the archive.
   */
  public static void all(Connection c, Consumer<List<IndexRow>> perPage) throws SQLException {
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

  private static void read(PreparedStatement ps, Consumer<List<IndexRow>> perPage)
      throws SQLException {
    List<IndexRow> page = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        IndexRow row = row(rs);
        if (!page.isEmpty() && page.get(0).pageId() != row.pageId()) {
          perPage.accept(List.copyOf(page));
          page.clear();
        }
        page.add(row);
      }
    }
    if (!page.isEmpty()) {
      perPage.accept(List.copyOf(page));
    }
  }

  private static IndexRow row(ResultSet rs) throws SQLException {
    return new IndexRow(rs.getLong("id"), rs.getLong("page_id"), rs.getString("url"),
        rs.getString("outlet_id"), rs.getInt("number"), Sql.instant(rs, "captured_at"),
        rs.getString("title"), names(rs.getString("authors")), Sql.time(rs, "published"),
        rs.getString("body"), rs.getString("cause"), rs.getString("significance"),
        rs.getBoolean("correction"));
  }

  private static List<String> names(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(json, NAMES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("version.authors is not a JSON list of names: " + json, e);
    }
  }
}

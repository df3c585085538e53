package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Fills an empty archive database with pages, captures and versions whose ids the caller gives,
 * for benchmarks; no WARC record is behind them. Rows go in by batched prepared statements, a
 * batch at a time, and are committed every {@value #COMMIT_EVERY} versions: each commit makes H2
 * write a new chunk. Not thread-safe; close it to commit the rest.
 *
 * <p>The indexes on columns whose values arrive in random order (content hash, capture times)
 * are dropped while loading and made again, with the same names and columns, on close. H2
 * rewrites every index page an insert touched whenever it stores: a batch of random keys touches
 * a page each, so at a million versions every batch rewrote thousands of pages of each such
 * index (two thirds of the load's CPU), while making an index afterwards sorts once.
 */
public final class BulkVersions implements AutoCloseable {
  private static final int BATCH = 1000;
  private static final int COMMIT_EVERY = 20_000;
  /**
   * H2's page cache while loading, in KB. Its default (16 MB) holds a small share of the
   * B-trees of the random-keyed indexes (content hash, capture times) of a million versions, so
   * nearly every insert read pages back from the file. Restored on close: the archive itself
   * is left as it was configured.
   */
  private static final int LOADING_CACHE_KB = 512 * 1024;
  /** The indexes whose keys a load inserts in random order, by table. */
  private static final Map<String, Set<String>> RANDOM_KEYS = Map.of(
      "version", Set.of("version_hash", "version_captured"),
      "capture", Set.of("capture_fetched"));

  private final Connection c;
  private final PreparedStatement page;
  private final PreparedStatement capture;
  private final PreparedStatement version;
  private final long cacheKb;
  private final List<DeferredIndex> deferred;
  private int batched;
  private int uncommitted;

  /** A version as a benchmark makes it: its page, capture (same id) and text. */
  public record SyntheticVersion(long id, long pageId, int number, OffsetDateTime captured,
      String title, String authorsJson, OffsetDateTime published, String body, int words,
      String contentHash) {}

  private BulkVersions(Connection c) throws SQLException {
    this.c = c;
    this.cacheKb = cacheKb(c);
    this.deferred = DeferredIndex.drop(c, RANDOM_KEYS);
    try (PreparedStatement ps = c.prepareStatement("SET CACHE_SIZE " + LOADING_CACHE_KB)) {
      ps.execute();
    }
    c.setAutoCommit(false);
    page = c.prepareStatement("INSERT INTO page (id, outlet_id, url, first_seen, last_fetched,"
        + " status) VALUES (?, ?, ?, ?, ?, 'fetched')");
    capture = c.prepareStatement("INSERT INTO capture (id, page_id, url, fetched_at, status,"
        + " content_type, outcome) VALUES (?, ?, ?, ?, 200, 'text/html', 'fetched')");
    version = c.prepareStatement("INSERT INTO version (id, page_id, number, capture_id,"
        + " captured_at, title, authors, editors, published, language, body, words,"
        + " content_hash, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?, 'id', ?, ?, ?,"
        + " 'outlet')");
  }

  /** Starts loading into the (empty) archive database db. */
  public static BulkVersions into(DataSource db) throws SQLException {
    Connection c = db.getConnection();
    try {
      return new BulkVersions(c);
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** How many versions the archive database holds. */
  public static long count(DataSource db) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM version"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The cache size H2 runs with, in KB (H2 reports it in MB). */
  private static long cacheKb(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT SETTING_VALUE FROM"
        + " INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Long.parseLong(rs.getString(1)) * 1024 : 16 * 1024;
    }
  }

  /** A fetched page first seen at seen. */
  public void page(long id, String outlet, String url, OffsetDateTime seen) throws SQLException {
    page.setLong(1, id);
    page.setString(2, outlet);
    page.setString(3, url);
    page.setObject(4, seen);
    page.setObject(5, seen);
    page.addBatch();
  }

  /** A version of a page added before, with a capture of the same id (a 200 with no record). */
  public void version(SyntheticVersion v) throws SQLException {
    capture.setLong(1, v.id());
    capture.setLong(2, v.pageId());
    capture.setString(3, "https://example/" + v.pageId());
    capture.setObject(4, v.captured());
    capture.addBatch();
    version.setLong(1, v.id());
    version.setLong(2, v.pageId());
    version.setInt(3, v.number());
    version.setLong(4, v.id());
    version.setObject(5, v.captured());
    version.setString(6, v.title());
    version.setString(7, v.authorsJson());
    version.setObject(8, v.published());
    version.setString(9, v.body());
    version.setInt(10, v.words());
    version.setString(11, v.contentHash());
    version.addBatch();
    uncommitted++;
    if (++batched >= BATCH) {
      flush();
    }
    if (uncommitted >= COMMIT_EVERY) {
      flush();
      c.commit();
      uncommitted = 0;
    }
  }

  /** Sends what is batched, pages first: a version's page must exist before it. */
  private void flush() throws SQLException {
    page.executeBatch();
    capture.executeBatch();
    version.executeBatch();
    batched = 0;
  }

  /** Commits the rest, restores H2's cache size and closes. */
  @Override
  public void close() throws SQLException {
    try (c; page; capture; version) {
      flush();
      c.commit();
      c.setAutoCommit(true);
      for (DeferredIndex index : deferred) {
        index.create(c);
      }
      try (PreparedStatement ps = c.prepareStatement("SET CACHE_SIZE " + cacheKb)) {
        ps.execute();
      }
    }
  }
}

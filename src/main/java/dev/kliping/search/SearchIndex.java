package dev.kliping.search;

import dev.kliping.archive.Archive;
import dev.kliping.archive.IndexRows;
import dev.kliping.archive.VersionListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive's full-text index in {@code <archive>/index/}: one document per version, kept up to
 * date as versions are stored ({@link VersionListener}) and rebuilt from the database when it is
 * missing, stale or from another release. The index is a cache: the database is the truth.
 * Thread-safe; the process that owns the archive owns the index.
 *
 * <p>A Lucene commit is an fsync of new segment files, and reopening a searcher flushes a
 * segment: done per version they cost more than the rest of the crawl together. So updates are
 * committed in batches (every {@value #COMMIT_EVERY_VERSIONS} versions, every
 * {@value #COMMIT_EVERY_MILLIS} ms, and on close), and searchers are reopened only when a search
 * comes after an update. Each commit records the highest version id it holds; after a crash, open
 * finds the index behind the database and indexes the pages of the versions after that id.
 */
public final class SearchIndex implements VersionListener, AutoCloseable {
  /** Bumped whenever the documents change shape, so an old index is rebuilt on open. */
  static final String LAYOUT = "kliping-index-4";
  private static final String LAYOUT_KEY = "layout";
  /** The highest version id the commit holds: catch-up after a crash starts after it. */
  private static final String THROUGH_KEY = "through-version";
  /** A crash loses at most this many versions' indexing, which open then catches up. */
  static final int COMMIT_EVERY_VERSIONS = 1000;
  static final long COMMIT_EVERY_MILLIS = 30_000;
  /**
   * Threads that search one query's segments side by side: one per processor. The cost of a
   * search of common words grows with the versions that match, a million versions' worth of
   * scoring is more than one core does within the 50 ms a search may take, and the index's
   * segments can be searched independently.
   */
  static final int SLICE_THREADS = Runtime.getRuntime().availableProcessors();
  /**
   * Memory for documents not yet written as a segment. A rebuild of a million versions with 64 MB
   * wrote hundreds of small segments and merged them again; the buffer is only filled that far
   * by a rebuild or a long catch-up, and the crawl's batches of a thousand versions stay far
   * below it. At most an eighth of the heap, so a daemon given a small heap still rebuilds.
   */
  private static final double RAM_BUFFER_MB = Math.min(256,
      Runtime.getRuntime().maxMemory() / 8.0 / (1024 * 1024));
  private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

  private final DataSource db;
  private final Analyzer analyzer = Analyzers.forIndex();
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ExecutorService sliceThreads;
  private final Searches searches;
  private long lastCommit = System.currentTimeMillis();
  private int uncommitted;
  private long throughVersion;
  private volatile boolean unsearched;
  private Opening opening = Opening.CURRENT;

  /** What opening found: an index in step with the database, one behind it, or neither. */
  enum Opening { CURRENT, CAUGHT_UP, REBUILT }

  private SearchIndex(Path dir, DataSource db) throws IOException {
    this.db = db;
    this.directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(RAM_BUFFER_MB);
    this.writer = new IndexWriter(directory, config);
    this.throughVersion = committedThrough();
    writer.setLiveCommitData(commitData());
    this.searchers = new SearcherManager(writer, null);
    this.sliceThreads = Executors.newFixedThreadPool(SLICE_THREADS, r -> {
      Thread t = new Thread(r, "search-slice");
      t.setDaemon(true);
      return t;
    });
    this.searches = new Searches(Analyzers.forQueries(), sliceThreads, SLICE_THREADS);
  }

  /** Opens the archive's index, building it first when it does not match the database. */
  public static SearchIndex open(Archive archive) {
    return open(archive.dir().resolve("index"), archive.dataSource());
  }

  /** Opens the index in dir over the archive database db; see {@link #open(Archive)}. */
  public static SearchIndex open(Path dir, DataSource db) {
    return open(dir, db, true);
  }

  /**
   * Opens the archive's index and rebuilds it from the database whatever state it is in, for
   * {@code kliping reindex}; the caller closes it.
   */
  public static SearchIndex rebuilt(Archive archive) {
    SearchIndex index = open(archive.dir().resolve("index"), archive.dataSource(), false);
    try {
      index.rebuild();
      return index;
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private static SearchIndex open(Path dir, DataSource db, boolean check) {
    SearchIndex index;
    try {
      index = new SearchIndex(dir, db);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index " + dir + ": " + e, e);
    }
    try {
      if (check && !index.current()) {
        long caughtUp = index.catchUp();
        if (!index.current()) {
          LOG.info("search index {} does not match the archive: rebuilding it", dir);
          index.rebuild();
          index.opening = Opening.REBUILT;
        } else {
          index.opening = Opening.CAUGHT_UP;
          LOG.info("search index {} was behind the archive: indexed {} pages", dir, caughtUp);
        }
      }
      return index;
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** True when the last commit has this release's layout and one document per version. */
  private boolean current() {
    return LAYOUT.equals(committed(LAYOUT_KEY))
        && writer.getDocStats().numDocs == versionCount();
  }

  /**
   * Re-indexes the pages that have versions after the last commit's, as a crash between two
   * commits leaves them; returns how many pages. Versions committed to the database out of id
   * order are not seen here: the count check after it then rebuilds.
   */
  private synchronized long catchUp() {
    if (!LAYOUT.equals(committed(LAYOUT_KEY))) {
      return 0;
    }
    return catchUpAfter(throughVersion);
  }

  /**
   * Re-indexes the pages that have versions with ids above versionId, and commits: how a node of
   * a cluster picks up the versions other nodes store. Ids are taken when a version is inserted
   * and may commit out of order, so a poller passes an id from some time back (longer than a
   * visit may take), not the highest indexed. Returns how many pages.
   */
  public synchronized long catchUpAfter(long versionId) {
    try (Connection c = db.getConnection()) {
      List<String> urls = IndexRows.pagesAfter(c, versionId);
      for (String url : urls) {
        update(c, url);
      }
      commit();
      return urls.size();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read versions to index: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot catch up the search index: " + e, e);
    }
  }

  /** A value of the last commit's user data, or null when there is no commit. */
  private String committed(String key) {
    try {
      return DirectoryReader.indexExists(directory)
          ? SegmentInfos.readLatestCommit(directory).getUserData().get(key) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index: " + e, e);
    }
  }

  private long committedThrough() {
    String through = committed(THROUGH_KEY);
    try {
      return through == null ? 0 : Long.parseLong(through);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private Iterable<Map.Entry<String, String>> commitData() {
    return Map.of(LAYOUT_KEY, LAYOUT, THROUGH_KEY, Long.toString(throughVersion)).entrySet();
  }

  private long versionCount() {
    try (Connection c = db.getConnection()) {
      return IndexRows.count(c);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count versions: " + e.getMessage(), e);
    }
  }

  /** Replaces the whole index with every version in the database; returns how many. */
  public synchronized long rebuild() {
    long[] count = {0};
    try (Connection c = db.getConnection()) {
      writer.deleteAll();
      throughVersion = 0;
      BulkIndexer bulk = new BulkIndexer(writer, SLICE_THREADS);
      try {
        VersionRows.all(c, page -> {
          for (IndexedVersion v : page) {
            throughVersion = Math.max(throughVersion, v.versionId());
          }
          bulk.add(page);
          count[0] += page.size();
        });
      } finally {
        bulk.finish();
      }
      commit();
      searchers.maybeRefreshBlocking();
      return count[0];
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read versions to index: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rebuild the search index: " + e, e);
    }
  }

  private void add(List<IndexedVersion> page) {
    for (IndexedVersion v : page) {
      throughVersion = Math.max(throughVersion, v.versionId());
    }
    try {
      writer.updateDocuments(new Term(Fields.URL, page.get(0).url()), documents(page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Called after a version is committed: re-indexes the page's versions, since a new one changes
   * its predecessors' flags. Never throws: a failure is logged and the next open rebuilds.
   */
  @Override
  public void stored(String outletId, String url, int versionNumber) {
    try {
      update(url);
    } catch (RuntimeException e) {
      LOG.warn("could not index version {} of {}: {}", versionNumber, url, e.toString());
    }
  }

  /**
   * Makes the index hold exactly the page's versions as the database has them now. Serialised,
   * so two updates of one page cannot write their reads of the database in the wrong order.
   * Searches see the update at once; it is committed with the next batch.
   */
  public synchronized void update(String url) {
    try (Connection c = db.getConnection()) {
      update(c, url);
      if (uncommitted >= COMMIT_EVERY_VERSIONS
          || System.currentTimeMillis() - lastCommit > COMMIT_EVERY_MILLIS) {
        commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read versions of " + url + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index " + url + ": " + e, e);
    }
  }

  private void update(Connection c, String url) throws SQLException, IOException {
    List<IndexedVersion> page = VersionRows.page(c, url);
    if (page.isEmpty()) {
      writer.deleteDocuments(new Term(Fields.URL, url));
    } else {
      add(page);
    }
    uncommitted++;
    unsearched = true;
  }

  private static List<Document> documents(List<IndexedVersion> page) {
    List<Document> docs = new ArrayList<>(page.size());
    for (IndexedVersion v : page) {
      docs.add(Documents.of(v));
    }
    return docs;
  }

  /** The highest version id the index holds. */
  public synchronized long indexedThrough() {
    return throughVersion;
  }

  /** What opening the index found and did. */
  Opening opening() {
    return opening;
  }

  /** How many versions the index holds. */
  public long size() {
    return writer.getDocStats().numDocs;
  }

  /**
   * The best hits for the query and the number of versions that matched, within the default
   * time budget of five seconds.
   *
   * @throws SearchRefused when the query has more words and operators than one search takes
   * @throws SearchTimedOut when the search ran past its budget
   */
  public SearchResult search(SearchQuery query) {
    return search(query, Searches.BUDGET);
  }

  /** As {@link #search(SearchQuery)}, stopped after budget. */
  public SearchResult search(SearchQuery query, Duration budget) {
    return withSearcher(s -> searches.search(s, query, budget));
  }

  /**
   * Hands every matching version to each, in index order, reading nothing else into memory;
   * returns how many there were.
   */
  public long forEachMatch(SearchQuery query, Consumer<Match> each) {
    return withSearcher(s -> searches.forEach(s, query, each));
  }

  /** How many versions match the query. */
  public long count(SearchQuery query) {
    return withSearcher(s -> searches.count(s, query));
  }

  /** A version that matched, by its database id. */
  public record Match(long versionId) {}

  @FunctionalInterface
  private interface Work<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(Work<T> work) {
    try {
      if (unsearched) {
        // Cleared first: an update racing with the refresh sets it again for the next search.
        unsearched = false;
        searchers.maybeRefreshBlocking();
      }
      IndexSearcher s = searchers.acquire();
      try {
        return work.run(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search index: " + e, e);
    }
  }

  private synchronized void commit() throws IOException {
    writer.setLiveCommitData(commitData());
    writer.commit();
    lastCommit = System.currentTimeMillis();
    uncommitted = 0;
  }

  /** Commits what is pending and closes the index. */
  @Override
  public synchronized void close() {
    try {
      sliceThreads.shutdown();
      searchers.close();
      writer.setLiveCommitData(commitData());
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index: " + e, e);
    }
  }
}

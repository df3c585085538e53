package dev.kliping.archive;

import dev.kliping.extract.Article;
import dev.kliping.version.Cause;
import dev.kliping.version.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The archive in one directory: raw responses in WARC files under {@code warc/}, and pages,
 * captures, versions and diffs in the H2 database {@code kliping.mv.db} (or, when the options name
 * one, in a PostgreSQL database). One process owns it at a
 * time. Every write keeps the order a crash cannot break: WARC bytes forced to disk first, then
 * the rows that point at them committed. All methods are thread-safe; threads calling them must
 * not be interrupted (an interrupt closes the file channels H2 and the WARC writer use).
 */
public final class Archive implements AutoCloseable {
  private final Path dir;
  private final ArchiveLock lock;
  private final Database db;
  private final WarcRecorder recorder;
  private final Versioning versioning;
  private final Queries queries;
  private final CaptureReader reader;
  private final Stories stories;
  private final Cluster cluster;
  private volatile Consumer<WarcLocation> afterForce = loc -> { };
  private final LongAdder warcRecords = new LongAdder();
  private final LongAdder warcNanos = new LongAdder();
  private boolean closed;
  private final String nodeName;

  private Archive(Path dir, ArchiveLock lock, Database db, ArchiveOptions options) {
    this.dir = dir;
    this.lock = lock;
    this.db = db;
    this.nodeName = options.node();
    this.recorder = new WarcRecorder(warcDir(), options);
    this.versioning = new Versioning(db);
    this.queries = new Queries(db);
    this.reader = new CaptureReader(warcDir(), db);
    this.stories = new Stories(db, java.time.Clock.systemUTC());
    this.cluster = new Cluster(db);
  }

  /** Opens the archive in dir with default options; see {@link #open(Path, ArchiveOptions)}. */
  public static Archive open(Path dir) {
    return open(dir, ArchiveOptions.defaults());
  }

  /**
   * Opens (creating if needed) the archive in dir: locks it, closes WARC files a crash left open
   * (cut back to their last whole record), migrates the database, and adds capture rows for
   * whole responses whose rows the crash prevented.
   *
   * @throws ArchiveException when another process (or this one) has it open, or it cannot be
   *     read, written or migrated; the message says which
   */
  public static Archive open(Path dir, ArchiveOptions options) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(options, "options");
    Path abs = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(abs.resolve("warc"));
    } catch (IOException e) {
      throw new ArchiveException("cannot create archive directory " + abs + ": " + e, e);
    }
    // A cluster's nodes share the folder: each locks, and recovers, only its own name's files.
    ArchiveLock lock = options.node() == null ? ArchiveLock.acquire(abs)
        : ArchiveLock.acquireNode(abs, options.node());
    Database db = null;
    try {
      List<WarcRecovery.Recovered> recovered = WarcRecovery.recoverAll(abs.resolve("warc"),
          recoverable(options));
      db = Database.open(abs, options.database());
      new Reconciler(db).addMissingRows(recovered);
      return new Archive(abs, lock, db, options);
    } catch (IOException | RuntimeException e) {
      if (db != null) {
        db.close();
      }
      lock.close();
      if (e instanceof ArchiveException) {
        throw (ArchiveException) e;
      }
      throw new ArchiveException("cannot open archive " + abs + ": " + e.getMessage(), e);
    }
  }

  /**
   * Which open WARC files this process may cut back at start-up: all of them when it owns an H2
   * archive; its own node's in a cluster; and with rows in PostgreSQL but no node name (a
   * command beside a running cluster), only files no node wrote, never a live node's.
   */
  private static String recoverable(ArchiveOptions options) {
    if (options.node() != null) {
      return options.warcPrefix();
    }
    return options.database() == null ? "" : options.warcPrefix();
  }

  /** The id of the page with this canonical URL, added (due at once) when new. */
  public long page(String outletId, String url, Instant seenAt) {
    return knownPage(outletId, url, seenAt).id();
  }

  /** As {@link #page}, the page's row (as it stood before this call when it was known). */
  public Page knownPage(String outletId, String url, Instant seenAt) {
    Objects.requireNonNull(outletId, "outletId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(seenAt, "seenAt");
    if (url.length() > Pages.MAX_URL) {
      throw new IllegalArgumentException("url longer than " + Pages.MAX_URL + " characters: "
          + url.substring(0, 100) + "...");
    }
    return db.inTransaction(c -> Pages.upsertRow(c, outletId, url, seenAt));
  }

  /**
   * Records one response: its WARC request and response records are written and forced to disk,
   * then the capture row is committed (and the page marked fetched). A 304, or a body whose
   * payload digest equals that of the URL's previous capture, is written as a revisit record
   * (headers only) referring to the record that holds the bytes.
   *
   * @param pageId the article page, or null for feeds, robots.txt and listing pages
   */
  public Capture capture(Long pageId, Exchange exchange) {
    Objects.requireNonNull(exchange, "exchange");
    String digest = ExchangeRecords.sha1(exchange.body()).prefixedBase32();
    Optional<Revisit> revisit = Revisit.of(exchange, digest,
        db.read(c -> Captures.previousOriginal(c, exchange.url())));
    WarcLocation at;
    long start = System.nanoTime();
    try {
      at = recorder.record(exchange, revisit.orElse(null));
    } catch (IOException e) {
      throw new ArchiveException("cannot write WARC records for " + exchange.url() + " in "
          + warcDir() + ": " + e.getMessage(), e);
    } finally {
      warcRecords.increment();
      warcNanos.add(System.nanoTime() - start);
    }
    Capture row = new Capture(0, pageId, exchange.url(), exchange.fetchedAt(),
        exchange.status(), exchange.header("Content-Type"), at.file(), at.offset(), at.length(),
        at.recordId(), at.payloadDigest(), exchange.truncated(), Capture.FETCHED, null);
    Long revisitOf = revisit.map(r -> r.original().id()).orElse(null);
    // The WARC file may close only once this row is committed or never will be. Inside
    // together(), that is when the whole commits; if it rolls back, the row is written on its
    // own, since the record is on disk whatever became of the rest of the visit.
    boolean deferred = db.deferUntilEnd(committed -> {
      if (committed) {
        recorder.committed();
      } else {
        salvage(row, revisitOf);
      }
    });
    try {
      afterForce.accept(at);
      return db.inTransaction(c -> insert(c, row, revisitOf));
    } finally {
      if (!deferred) {
        recorder.committed();
      }
    }
  }

  private static Capture insert(Connection c, Capture row, Long revisitOf) throws SQLException {
    Capture saved = Captures.insert(c, row, revisitOf);
    if (row.pageId() != null) {
      Pages.fetched(c, row.pageId(), row.fetchedAt(), true);
    }
    return saved;
  }

  /** Writes the capture row of a visit that rolled back; without its page if that went too. */
  private void salvage(Capture row, Long revisitOf) {
    try {
      try {
        db.inTransaction(c -> insert(c, row, revisitOf));
      } catch (ArchiveException pageGone) {
        db.inTransaction(c -> insert(c, new Capture(0, null, row.url(), row.fetchedAt(),
            row.status(), row.contentType(), row.warcFile(), row.warcOffset(), row.warcLength(),
            row.warcRecordId(), row.payloadDigest(), row.truncated(), row.outcome(), row.reason()),
            revisitOf));
      }
      recorder.committed();
    } catch (ArchiveException e) {
      // The record stays counted as uncommitted, which keeps its file from being closed for
      // size: the file stays .open, and the next start reconciles it and adds the row.
    }
  }

  /**
   * Runs work so that every row it writes through this archive on this thread is committed in one
   * transaction when it returns, or none when it throws. WARC records are still forced as they are
   * written, so each is on disk before the rows that point at it commit. Use it for one article's
   * visit: one commit instead of one per row. Nested calls join the outer one.
   */
  public <T> T together(java.util.function.Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    return db.together(work);
  }

  /** Runs action once the rows written so far on this thread are committed (at once outside
   * {@link #together}); never when they are rolled back. For telling others of new rows. */
  public void afterCommit(Runnable action) {
    db.whenCommitted(Objects.requireNonNull(action, "action"));
  }

  /** Records a fetch that got no response (timeout, refused, robots denial...): a row only. */
  public Capture failure(Long pageId, String url, Instant at, String outcome, String reason) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(outcome, "outcome");
    Capture row = new Capture(0, pageId, url, at, null, null, null, null, null, null, null,
        false, outcome, reason);
    return db.inTransaction(c -> {
      Capture saved = Captures.insert(c, row);
      if (pageId != null) {
        Pages.fetched(c, pageId, at, false);
      }
      return saved;
    });
  }

  /** Stores the article as a new version of the page only if its normalised content changed. */
  public VersionOutcome store(long pageId, Capture capture, Article article) {
    return versioning.store(pageId, capture, article);
  }

  /**
   * Stores the article, made as {@code provenance} says, as a new version of the page only if its
   * normalised content changed; {@code cause} says whether a changed text is the publisher's
   * edit or our re-extraction (which is stored but never classified or counted as an edit).
   */
  public VersionOutcome store(long pageId, Capture capture, Article article,
      Provenance provenance, Cause cause) {
    return versioning.store(pageId, capture, article, provenance, cause);
  }

  /**
   * As {@link #store(long, Capture, Article, Provenance, Cause)}, given the page's latest version
   * as the caller read it (from {@link #latestSource}), which spares reading it again.
   */
  public VersionOutcome store(long pageId, Capture capture, Article article,
      Provenance provenance, Cause cause, Optional<Version> latest) {
    Objects.requireNonNull(latest, "latest");
    return versioning.store(pageId, capture, article, provenance, cause, latest);
  }

  /** The page's latest version with the capture it was extracted from, if it has one. */
  public Optional<VersionSource> latestSource(long pageId) {
    return db.read(c -> {
      Optional<Version> v = Versions.latest(c, pageId);
      if (v.isEmpty()) {
        return Optional.<VersionSource>empty();
      }
      return Captures.byId(c, v.get().captureId()).map(cap -> new VersionSource(v.get(), cap));
    });
  }

  /**
   * The first capture of the URL fetched at or after the instant that got a response: a further
   * page of a story, fetched just after its first page.
   */
  public Optional<Capture> captureAfter(String url, Instant at) {
    return db.read(c -> Captures.firstAfter(c, url, at));
  }

  /** The outlet's pages that have at least one version, in id order. */
  public List<Long> pagesWithVersions(String outletId) {
    return db.read(c -> Versions.pagesOf(c, outletId));
  }

  /**
   * Adds one pass's counts to the outlet's figures for the day.
   *
   * @param success when the pass got something from the outlet, or null when it got nothing
   * @param genericOnly whether the outlet has no rules: its drift is then judged without them
   */
  public void addHealth(String outletId, LocalDate day, HealthCounts counts, Instant success,
      boolean genericOnly) {
    db.inTransaction(c -> {
      HealthLog.add(c, outletId, day, counts, success, genericOnly);
      return null;
    });
  }

  /** The outlet's figures of the days before {@code day}, summed: what it usually looks like. */
  public HealthCounts healthBefore(String outletId, LocalDate day) {
    return db.read(c -> HealthLog.before(c, outletId, day));
  }

  /** The outlet's health on the day, with the alerts its figures raise as of now. */
  public OutletHealth health(String outletId, LocalDate day, Instant now) {
    return db.read(c -> {
      HealthCounts counts = HealthLog.day(c, outletId, day);
      HealthCounts before = HealthLog.before(c, outletId, day);
      boolean genericOnly = HealthLog.genericOnly(c, outletId, day);
      Instant last = HealthLog.lastSuccess(c, outletId).orElse(null);
      return new OutletHealth(outletId, last, day, counts,
          HealthAlerts.of(counts, before, genericOnly, last, now));
    });
  }

  /** Records a gone or moved event on the page, unless its latest event is already that. */
  public void event(long pageId, PageEvent event) {
    db.inTransaction(c -> {
      if (!event.kind().equals(PageEvents.latestKind(c, pageId))) {
        PageEvents.insert(c, pageId, event);
      }
      return null;
    });
  }

  /**
   * Forces every committed row to the disk, so it survives a power cut and not only a killed
   * process. Call it at batch boundaries, such as the end of a pass over an outlet; the archive
   * also syncs by itself every hundred or so commits.
   */
  public void sync() {
    db.sync();
  }

  /**
   * Writes a transactionally consistent copy of the database to a zip file (H2's BACKUP TO) while
   * the archive stays in use; refused, with a message naming pg_dump, on PostgreSQL. The WARC files are not in it: they are only ever appended to, so
   * copying the {@code warc/} folder afterwards (rsync, cp) is enough.
   */
  public void backup(Path zip) {
    Objects.requireNonNull(zip, "zip");
    db.backup(zip);
  }

  /**
   * Checks that the database and the WARC files agree: every capture row points at a whole
   * response record and every whole response record has its row; each page's versions are
   * numbered 1, 2, 3... with no two in a row alike. Reads every WARC file: for tests and checks.
   */
  public Audit audit() {
    try {
      return db.read(c -> Audit.of(c, warcDir()));
    } catch (java.io.UncheckedIOException e) {
      throw new ArchiveException("cannot read the WARC files in " + warcDir() + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Versions stored and pages due for a fetch at now, and of those the pages due since before
   * overdueBefore: for metrics and readiness. Also proves the database answers.
   */
  public ArchiveGauges gauges(Instant now, Instant overdueBefore) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(overdueBefore, "overdueBefore");
    return db.read(c -> ArchiveGauges.read(c, now, overdueBefore));
  }

  /** Sets when the page is next due; null takes it off the schedule. */
  public void schedule(long pageId, Instant nextFetchAt) {
    db.inTransaction(c -> {
      Pages.schedule(c, pageId, nextFetchAt);
      return null;
    });
  }

  /** Up to limit of the outlet's pages due at now, most overdue first. */
  public List<Page> due(String outletId, Instant now, int limit) {
    return db.read(c -> Pages.due(c, outletId, now, limit));
  }

  /**
   * The outlet's learned boilerplate: paragraphs stored identically (after normalisation) in the
   * bodies of at least {@code minPages} different pages captured within {@code window} of each
   * other; most widespread first.
   */
  public List<RepeatedParagraph> repeatedParagraphs(String outletId, java.time.Duration window,
      int minPages) {
    if (minPages < 2) {
      throw new IllegalArgumentException("a line on fewer than 2 pages does not recur");
    }
    return db.read(c -> RepeatedParagraphs.find(c, outletId, window, minPages));
  }

  /** The page with this URL, if known. */
  public Optional<Page> findPage(String url) {
    return queries.page(url);
  }

  /** The page's versions, oldest first; empty when the URL is not a known page. */
  public Optional<PageHistory> history(String url) {
    return queries.history(url);
  }

  /**
   * The word-level diff between versions from and to (null: to is the latest, from the one
   * before to). Empty when the page or either version does not exist.
   */
  public Optional<VersionDiff> diff(String url, Integer from, Integer to) {
    return queries.diff(url, from, to);
  }

  /** One stored version of the page, if both exist. */
  public Optional<Version> version(String url, int number) {
    return queries.version(url, number);
  }

  /** Every capture of the page, oldest first; empty when the URL is not a known page. */
  public List<Capture> captures(String url) {
    return queries.captures(url);
  }

  /** The latest capture of this exact URL that got a response (feeds and robots.txt too). */
  public Optional<Capture> latestCapture(String url) {
    Objects.requireNonNull(url, "url");
    return db.read(c -> Captures.latestResponse(c, url));
  }

  /**
   * The capture's response read back from its WARC record; a revisit's body (and, for a 304,
   * its status and headers) come from the record it refers to.
   */
  public Exchange read(Capture capture) {
    return reader.read(capture);
  }

  /**
   * The page's captures whose responses are recorded, oldest first, each revisit preceded by the
   * capture holding its bytes unless that came earlier: the records a replay of the page needs.
   */
  public List<Capture> recordsOf(long pageId) {
    return db.read(c -> {
      List<Capture> out = new java.util.ArrayList<>();
      java.util.Set<Long> listed = new java.util.HashSet<>();
      for (Capture capture : Captures.forPage(c, pageId)) {
        if (!capture.hasResponse()) {
          continue;
        }
        Capture original = Captures.original(c, capture);
        if (original.id() != capture.id() && original.hasResponse()
            && listed.add(original.id())) {
          out.add(original);
        }
        if (listed.add(capture.id())) {
          out.add(capture);
        }
      }
      return out;
    });
  }

  /**
   * Copies the capture's WARC record as stored (its digests still verify) to the writer; the
   * file may still be being written.
   */
  public void copyRecord(Capture capture, org.netpreserve.jwarc.WarcWriter to) {
    reader.copy(Objects.requireNonNull(capture, "capture"), Objects.requireNonNull(to, "to"));
  }

  /** The capture with this id, if there is one. */
  public Optional<Capture> capture(long id) {
    return db.read(c -> Captures.byId(c, id));
  }

  /** The versions with these ids, with what an export writes, in the ids' order (unknown ids
   * left out). */
  public List<VersionDetails> versionDetails(List<Long> ids) {
    Objects.requireNonNull(ids, "ids");
    return ids.isEmpty() ? List.of() : db.read(c -> VersionDetailRows.byIds(c, ids));
  }

  /** Every outlet the archive holds pages of, by id. */
  public List<String> outletIds() {
    return db.read(Overview::outletIds);
  }

  /**
   * The versions captured from (inclusive) to until (exclusive), of one outlet or (outletId
   * null) all, in no particular order.
   */
  public List<VersionMoment> versionsBetween(String outletId, Instant from, Instant until) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    return db.read(c -> Overview.versionsBetween(c, outletId, from, until));
  }

  /** Stories, their pages and the texts copied between pages. */
  public Stories stories() {
    return stories;
  }

  /** This process's name as a node of a cluster sharing the archive, or null when alone. */
  public String node() {
    return nodeName;
  }

  /** The rows through which the nodes of a cluster sharing this archive coordinate. */
  public Cluster cluster() {
    return cluster;
  }

  /**
   * Closes the WARC files another node of the cluster left open when it died, as a node does
   * with its own at start-up (cut back to the last whole record, renamed), and adds the capture
   * rows its death prevented. Nothing is done while a live process still holds the node's lock.
   *
   * @return how many of its files were recovered, or -1 when the node is still alive
   */
  public int recoverNode(String node) {
    Objects.requireNonNull(node, "node");
    if (node.equals(nodeName)) {
      throw new IllegalArgumentException("a node does not recover itself while it runs: " + node);
    }
    java.util.Optional<ArchiveLock> held = ArchiveLock.tryNode(dir, node);
    if (held.isEmpty()) {
      return -1;
    }
    try (ArchiveLock ignored = held.get()) {
      List<WarcRecovery.Recovered> recovered = WarcRecovery.recoverAll(warcDir(),
          ArchiveOptions.defaults().withNode(node).warcPrefix());
      new Reconciler(db).addMissingRows(recovered);
      return recovered.size();
    } catch (IOException e) {
      throw new ArchiveException("cannot recover the WARC files of node " + node + " in "
          + warcDir() + ": " + e.getMessage(), e);
    }
  }

  public Path dir() {
    return dir;
  }

  public Path warcDir() {
    return dir.resolve("warc");
  }

  /** The engine the rows live in: H2 (the default) or PostgreSQL. */
  public Engine engine() {
    return db.engine();
  }

  /** The database file, or the PostgreSQL URL without its parameters. */
  public String databaseName() {
    return db.where();
  }

  /** The bytes the database takes on disk (for PostgreSQL, as the server counts them). */
  public long databaseBytes() {
    return db.size();
  }

  /** The pooled connections to the archive database; Quartz's JDBC job store will share it. */
  public DataSource dataSource() {
    return db.dataSource();
  }

  /** Where the archive's writes have spent their time since it was opened. */
  public WriteTimes writeTimes() {
    return new WriteTimes(warcRecords.sum(), warcNanos.sum(), db.units(), db.nanos());
  }

  /** Test hook: runs after WARC records reach the disk and before their row is committed. */
  void afterForce(Consumer<WarcLocation> hook) {
    afterForce = Objects.requireNonNull(hook, "hook");
  }

  /** Closes the WARC file being written (renaming it), then the database, then the lock. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      db.sync();
      recorder.close();
    } catch (IOException e) {
      throw new ArchiveException("cannot close the WARC file in " + warcDir() + ": " + e, e);
    } finally {
      db.close();
      lock.close();
    }
  }
}

package dev.kliping.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import javax.sql.DataSource;
import java.util.concurrent.atomic.LongAdder;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The archive's database: by default H2, a small connection pool over one file; or PostgreSQL
 * through a HikariCP pool. Migrated by Flyway on open, and the transaction discipline every
 * write goes through. Thread-safe.
 *
 * <p>On PostgreSQL a commit is durable when it returns (the server forces its write-ahead log),
 * so {@link #sync()} has nothing to do; the server compacts by itself (autovacuum) and is backed
 * up with its own tools, so {@link #backup} refuses with a message saying which.
 *
 * <p>Durability comes in two steps. A commit is in the file (and so survives a killed process)
 * once a store has written it: {@link #inTransaction} waits for that before it returns, sharing
 * the store with every thread committing at the same time; {@link #together} does not wait, and
 * runs what it was asked to do after the commit ({@link #whenCommitted}) once the store has
 * written it (see {@link CommitFlusher}). H2 does not fsync a store, though: only a sync makes
 * rows survive a power cut. It runs at batch boundaries (the caller's, through
 * {@code Archive.sync}) and, as a backstop, every {@value CommitFlusher#SYNC_EVERY_COMMITS}
 * commits. Rows lost to a power cut between two syncs still have their WARC records, which are
 * forced before the rows commit: {@code kliping rebuild} gets them back.
 */
final class Database implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Database.class);
  /** Enough for the crawler's threads plus Quartz's, which will share this pool. */
  private static final int MAX_CONNECTIONS = 16;
  /** H2's default: its background thread wakes every third of it to commit and compact. */
  static final int WRITE_DELAY_MILLIS = 500;
  /**
   * How long closing may spend compacting the file and moving chunks to its start so it
   * shrinks; H2's default of 200 ms leaves most dead space of a busy day in place.
   */
  static final int MAX_COMPACT_MILLIS = 10_000;
  /**
   * Parsed statements kept per connection. H2 keeps 8; an article's visit runs about twenty
   * distinct statements, so most were parsed again each time (a tenth of a crawl's CPU).
   */
  static final int QUERY_CACHE_SIZE = 64;

  /** What messages name: the file, or the PostgreSQL URL without its parameters. */
  private final String file;
  private final Engine engine;
  private final DataSource pool;
  private final Runnable closePool;
  private final CommitFlusher flusher;
  private final LongAdder units = new LongAdder();
  private final LongAdder nanos = new LongAdder();
  private final ThreadLocal<Together> together = new ThreadLocal<>();

  private Database(String file, Engine engine, DataSource pool, Runnable closePool) {
    this.file = file;
    this.engine = engine;
    this.pool = pool;
    this.closePool = closePool;
    this.flusher = new CommitFlusher(this::store,
        engine == Engine.H2 ? Path.of(file).getFileName().toString() : "postgresql");
  }

  /** Opens (creating if needed) dir/kliping.mv.db and brings its schema up to date. */
  static Database open(Path dir) {
    Path base = dir.toAbsolutePath().resolve("kliping");
    String file = base.resolveSibling("kliping.mv.db").toString();
    HikariDataSource pool = h2Pool(url(base), file);
    return migrated(new Database(file, Engine.H2, pool, pool::close));
  }

  /**
   * A pool over the H2 file that keeps its connections for the archive's life. Not H2's own
   * JdbcConnectionPool: it rolls back every connection handed back, and H2 empties a session's
   * parsed statements on every rollback, so each statement of a crawl was parsed again (a tenth
   * of its CPU). HikariCP rolls back only a connection left in a transaction. Connections are
   * never retired: H2 closes an embedded database when its last connection closes.
   */
  private static HikariDataSource h2Pool(String url, String file) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("kliping-archive");
    config.setJdbcUrl(url);
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(MAX_CONNECTIONS);
    config.setMinimumIdle(1);
    config.setMaxLifetime(0);
    config.setIdleTimeout(0);
    config.setInitializationFailTimeout(1);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new ArchiveException("cannot open the database " + file + ": " + cause.getMessage(),
          e);
    }
  }

  /**
   * Opens the archive's rows at location, or, when it is null, dir/kliping.mv.db; and brings the
   * schema up to date.
   */
  static Database open(Path dir, DatabaseLocation location) {
    return location == null ? open(dir) : openPostgres(location);
  }

  /** Connects to the PostgreSQL database (which must exist) and brings its schema up to date. */
  static Database openPostgres(DatabaseLocation location) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("kliping-archive");
    config.setJdbcUrl(location.url());
    config.setUsername(location.user());
    config.setPassword(location.password());
    config.setMaximumPoolSize(MAX_CONNECTIONS);
    // A server that does not answer fails the open in seconds, naming the URL.
    config.setConnectionTimeout(10_000);
    config.setInitializationFailTimeout(1);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new ArchiveException("cannot connect to the database " + location.shown() + ": "
          + cause.getMessage(), e);
    }
    return migrated(new Database(location.shown(), Engine.POSTGRESQL, pool, pool::close));
  }

  private static Database migrated(Database db) {
    DataSource pool = db.pool;
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration")
          .failOnMissingLocations(true).load().migrate();
      return db;
    } catch (FlywayException e) {
      db.close();
      throw new ArchiveException("cannot migrate the database " + db.file + ": "
          + e.getMessage(), e);
    } catch (RuntimeException e) {
      db.close();
      throw new ArchiveException("cannot open the database " + db.file + ": " + e.getMessage(), e);
    }
  }

  /**
   * WRITE_DELAY=0 would write each commit through, but it also stops H2's background thread, and
   * with it all housekeeping: no chunk was ever rewritten while the archive was open (a crawl of
   * 10,000 articles left 579 MB for 15 MB of live data). So the write delay is H2's own, which
   * keeps the background thread compacting sparse chunks, and commits reach the file through
   * {@link CommitFlusher}'s stores. Closing may compact for longer than H2's default 200 ms.
   * COMPRESS=TRUE compresses pages (LZF) as they are written: article text shrinks to about half,
   * and a database that was 1.9 to 2.9 times its fully compacted size (H2's SHUTDOWN COMPACT
   * compresses) with every chunk live is now within 1.1 of it, for a few percent of the CPU.
   * DB_CLOSE_ON_EXIT=FALSE leaves closing to us: H2's own shutdown hook
   * would close the database under a daemon still finishing its in-flight work on SIGTERM.
   * AUTO_SERVER is never used (DESIGN.md). The {@code async:} file system reads and writes through
   * an AsynchronousFileChannel, which a thread interrupt cannot close: with the default file
   * channel, one interrupt during I/O (Quartz interrupts its misfire thread on shutdown) closes
   * the store under every other thread. kliping's own threads are never interrupted.
   */
  static String url(Path base) {
    return "jdbc:h2:async:" + base + ";WRITE_DELAY=" + WRITE_DELAY_MILLIS + ";COMPRESS=TRUE"
        + ";MAX_COMPACT_TIME=" + MAX_COMPACT_MILLIS
        + ";QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  DataSource dataSource() {
    return pool;
  }

  Engine engine() {
    return engine;
  }

  /** The file, or the PostgreSQL URL without its parameters: what messages name. */
  String where() {
    return file;
  }

  /** One unit of database work. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs work in one transaction: all of it is committed, or none (and the error is thrown).
   * Inside {@link #together} it joins that transaction instead, behind a savepoint, so a failure
   * undoes only this work and the whole commits when {@code together} returns.
   */
  <T> T inTransaction(Work<T> work) {
    refuseInterrupted();
    long start = System.nanoTime();
    Together open = together.get();
    if (open != null) {
      try {
        Savepoint before = open.connection.setSavepoint();
        try {
          return work.run(open.connection);
        } catch (SQLException | RuntimeException e) {
          open.connection.rollback(before);
          throw e;
        }
      } catch (SQLException e) {
        throw new ArchiveException("database " + file + ": " + e.getMessage(), e);
      } finally {
        timed(start);
      }
    }
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        commit(c);
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new ArchiveException("database " + file + ": " + e.getMessage(), e);
    } finally {
      timed(start);
    }
  }

  /**
   * Runs work in a transaction of its own, committed when it returns, even on a thread inside
   * {@link #together}: for rows other processes must see at once, such as a cluster's host turns.
   */
  <T> T committedAtOnce(Work<T> work) {
    Together open = together.get();
    together.remove();
    try {
      return inTransaction(work);
    } finally {
      if (open != null) {
        together.set(open);
      }
    }
  }

  /** Commits and waits until the commit is in the file (not on the disk: see {@link #sync()}). */
  private void commit(Connection c) throws SQLException {
    c.commit();
    flusher.flushThrough(flusher.committed());
  }

  /**
   * Writes every committed transaction to the file as one chunk (CHECKPOINT), and to the disk
   * too when sync (CHECKPOINT SYNC). For the flusher only. PostgreSQL's commits are durable when
   * they return: nothing to do.
   */
  private void store(boolean sync) {
    if (engine != Engine.H2) {
      return;
    }
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute(sync ? "CHECKPOINT SYNC" : "CHECKPOINT");
    } catch (SQLException e) {
      throw new ArchiveException("database " + file + ": " + e.getMessage(), e);
    }
  }

  /** Runs read-only work on one connection (inside {@link #together}, on its connection). */
  <T> T read(Work<T> work) {
    refuseInterrupted();
    long start = System.nanoTime();
    Together open = together.get();
    if (open != null) {
      try {
        return work.run(open.connection);
      } catch (SQLException e) {
        throw new ArchiveException("database " + file + ": " + e.getMessage(), e);
      } finally {
        timed(start);
      }
    }
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new ArchiveException("database " + file + ": " + e.getMessage(), e);
    } finally {
      timed(start);
    }
  }

  /** The transaction {@link #together} holds open on this thread, and what waits for its end. */
  private record Together(Connection connection, List<Consumer<Boolean>> whenEnded,
      List<Runnable> whenCommitted) {}

  /**
   * Runs work so that every transaction it makes on this thread is one, committed once when it
   * returns (or rolled back when it throws). Nested calls join the outer one. Reads inside see
   * the work's own rows. On H2 it returns without waiting for the commit to reach the file: what
   * was asked to run after the commit ({@link #whenCommitted}, {@link #deferUntilEnd}) runs once it
   * has, on the flusher's thread, so that nothing is announced that a killed process could lose.
   * On PostgreSQL it runs before this returns (see {@link #announceNow}).
   */
  <T> T together(Supplier<T> work) {
    if (together.get() != null) {
      return work.get();
    }
    refuseInterrupted();
    Together open;
    try {
      open = new Together(pool.getConnection(), new ArrayList<>(), new ArrayList<>());
    } catch (SQLException e) {
      throw new ArchiveException("database " + file + ": " + e.getMessage(), e);
    }
    long ticket = 0;
    together.set(open);
    try (Connection c = open.connection) {
      c.setAutoCommit(false);
      try {
        T result = work.get();
        long start = System.nanoTime();
        c.commit();
        ticket = flusher.committed();
        timed(start);
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        together.remove();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new ArchiveException("database " + file + ": " + e.getMessage(), e);
    } finally {
      if (ticket == 0) {
        for (Consumer<Boolean> ended : open.whenEnded) {
          ended.accept(false);
        }
      } else if (!open.whenEnded.isEmpty() || !open.whenCommitted.isEmpty()) {
        Runnable announce = () -> {
          for (Consumer<Boolean> ended : open.whenEnded) {
            ended.accept(true);
          }
          open.whenCommitted.forEach(Runnable::run);
        };
        if (engine == Engine.H2) {
          flusher.whenFlushed(ticket, announce);
        } else {
          announceNow(ticket, announce);
        }
      }
    }
  }

  /**
   * A PostgreSQL commit is durable when it returns, so what waits for it runs at once, on the
   * committing thread. Not on the flusher's one thread: there, listeners slower than the visits
   * (search index, story placement) fell minutes behind them, and a node told to stop waited for
   * that backlog. On the visiting thread each visit pays for its own announcement, and a stop
   * waits for the pages in flight only.
   */
  private static void announceNow(long ticket, Runnable announce) {
    try {
      announce.run();
    } catch (RuntimeException e) {
      // As on the flusher's thread: the rows are committed, whatever a listener made of them.
      LOG.error("an action after commit {} failed: {}", ticket, e.toString(), e);
    }
  }

  /**
   * Inside {@link #together}, keeps action to be told whether its transaction committed: at once
   * when it rolls back, once the commit is in the file when it commits. Returns true; outside,
   * returns false and the caller sees to it itself.
   */
  boolean deferUntilEnd(Consumer<Boolean> action) {
    Together open = together.get();
    if (open != null) {
      open.whenEnded.add(action);
    }
    return open != null;
  }

  /**
   * Runs action once this thread's rows are committed and in the file: now, outside together
   * (its commits wait for the file); inside, later and on the flusher's thread. Never on
   * rollback.
   */
  void whenCommitted(Runnable action) {
    Together open = together.get();
    if (open == null) {
      action.run();
    } else {
      open.whenCommitted.add(action);
    }
  }

  private void timed(long startNanos) {
    units.increment();
    nanos.add(System.nanoTime() - startNanos);
  }

  /** Transactions and reads so far, and the time spent in them. */
  long units() {
    return units.sum();
  }

  long nanos() {
    return nanos.sum();
  }

  /**
   * Forces every committed row to the disk (CHECKPOINT SYNC): they now survive a power cut. Then
   * waits until what waits for those commits has run (see {@link #together}).
   */
  void sync() {
    refuseInterrupted();
    flusher.sync();
  }

  /** The bytes the database takes on disk: the H2 file, or PostgreSQL's pg_database_size. */
  long size() {
    if (engine == Engine.H2) {
      try {
        return java.nio.file.Files.size(Path.of(file));
      } catch (java.io.IOException e) {
        return 0;
      }
    }
    return read(c -> {
      try (Statement s = c.createStatement();
          java.sql.ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /**
   * Writes a transactionally consistent copy of the database into a zip file (H2's BACKUP TO,
   * which copies while others keep writing). The zip holds {@code kliping.mv.db}.
   */
  void backup(Path zip) {
    if (engine != Engine.H2) {
      throw new ArchiveException("backup copies the H2 file kliping.mv.db; this archive's rows"
          + " are in PostgreSQL (" + file + "): back them up with pg_dump, e.g."
          + " pg_dump -Fc -f kliping.dump DATABASE");
    }
    String quoted = zip.toAbsolutePath().toString().replace("'", "''");
    read(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("BACKUP TO '" + quoted + "'");
      }
      return null;
    });
  }

  /**
   * Closes the H2 database here and now, packing it whole when it has grown enough since it was
   * last packed ({@link Packing}), else compacting it for up to {@value #MAX_COMPACT_MILLIS} ms:
   * left to the pool, the last connection's close would close it on the pool's own thread, which
   * the pool stops waiting for after ten seconds, and the archive's lock could be released while
   * H2 still writes the file.
   */
  private void shutdownH2() {
    if (engine != Engine.H2) {
      return;
    }
    Packing packing = new Packing(Path.of(file));
    boolean pack = packing.due();
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute(pack ? "SHUTDOWN COMPACT" : "SHUTDOWN");
    } catch (SQLException e) {
      // Once it is shut down, closing the statement and the connection finds it closed: done.
      if (e.getErrorCode() != org.h2.api.ErrorCode.DATABASE_IS_CLOSED
          && e.getErrorCode() != org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
        throw new ArchiveException("cannot close the database " + file + ": " + e.getMessage(),
            e);
      }
    }
    if (pack) {
      packing.packed();
    }
  }

  /**
   * An interrupt during file I/O closes H2's file channel, and the whole database with it (and
   * MVStore files have been damaged that way). A thread already interrupted is turned away here,
   * before it touches H2; threads must still never be interrupted while inside.
   */
  private void refuseInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new ArchiveException("thread " + Thread.currentThread().getName()
          + " is interrupted; it must not touch the database " + file
          + " (an interrupt closes H2's files): stop it cooperatively instead");
    }
  }

  /** Writes and announces what is committed, then closes every connection and the file. */
  @Override
  public void close() {
    try {
      flusher.close();
      shutdownH2();
    } finally {
      closePool.run();
    }
  }
}

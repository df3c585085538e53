package dev.kliping.archive;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The archive's H2 database: a small connection pool over one file, migrated by Flyway on open,
 * and the transaction discipline every write goes through. Thread-safe.
 *
 * <p>Durability comes in two steps. Every commit reaches the operating system before it returns
 * (WRITE_DELAY=0), so a killed process loses no acknowledged row. H2 does not fsync on commit,
 * though: only {@link #sync()} ({@code CHECKPOINT SYNC}) makes rows survive a power cut. It runs
 * at batch boundaries (the caller's, through {@code Archive.sync}) and, as a backstop, after
 * every {@value #SYNC_EVERY_COMMITS} write transactions. Rows lost to a power cut between two
 * syncs still have their WARC records, which are forced one by one: {@code kliping rebuild}
 * gets them back.
 */
final class Database implements AutoCloseable {
  /** Enough for the crawler's threads plus Quartz's, which will share this pool. */
  private static final int MAX_CONNECTIONS = 16;
  /**
   * One fsync per this many commits: a pass over an outlet makes about three commits per article,
   * so this is a sync every 30 or so articles, a few milliseconds per hundred commits.
   */
  static final int SYNC_EVERY_COMMITS = 100;
  /**
   * How long closing may spend compacting the file. With WRITE_DELAY=0 every commit writes a new
   * chunk and H2's background housekeeping never runs, so closing is where the dead chunks are
   * rewritten and the file shrinks; H2's default of 200 ms leaves most of them (a crawl of 500
   * articles left a file 17 times its live data, 3.5 times with this).
   */
  static final int MAX_COMPACT_MILLIS = 10_000;

  private final Path file;
  private final JdbcConnectionPool pool;
  private final AtomicInteger commitsSinceSync = new AtomicInteger();
  private final LongAdder units = new LongAdder();
  private final LongAdder nanos = new LongAdder();

  private Database(Path file, JdbcConnectionPool pool) {
    this.file = file;
    this.pool = pool;
  }

  /** Opens (creating if needed) dir/kliping.mv.db and brings its schema up to date. */
  static Database open(Path dir) {
    Path base = dir.toAbsolutePath().resolve("kliping");
    JdbcConnectionPool pool = JdbcConnectionPool.create(url(base), "sa", "");
    pool.setMaxConnections(MAX_CONNECTIONS);
    Database db = new Database(base.resolveSibling("kliping.mv.db"), pool);
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
   * WRITE_DELAY=0 makes each commit reach the file before the call returns, so a killed process
   * loses no acknowledged row. DB_CLOSE_ON_EXIT=FALSE leaves closing to us: H2's own shutdown hook
   * would close the database under a daemon still finishing its in-flight work on SIGTERM.
   * AUTO_SERVER is never used (DESIGN.md). The {@code async:} file system reads and writes through
   * an AsynchronousFileChannel, which a thread interrupt cannot close: with the default file
   * channel, one interrupt during I/O (Quartz interrupts its misfire thread on shutdown) closes
   * the store under every other thread. kliping's own threads are never interrupted.
   */
  static String url(Path base) {
    return "jdbc:h2:async:" + base + ";WRITE_DELAY=0;MAX_COMPACT_TIME=" + MAX_COMPACT_MILLIS
        + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  DataSource dataSource() {
    return pool;
  }

  /** One unit of database work. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs work in one transaction: all of it is committed, or none (and the error is thrown). */
  <T> T inTransaction(Work<T> work) {
    refuseInterrupted();
    long start = System.nanoTime();
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        if (commitsSinceSync.incrementAndGet() >= SYNC_EVERY_COMMITS) {
          sync(c);
        }
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

  /** Runs read-only work on one connection. */
  <T> T read(Work<T> work) {
    refuseInterrupted();
    long start = System.nanoTime();
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new ArchiveException("database " + file + ": " + e.getMessage(), e);
    } finally {
      timed(start);
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

  /** Forces every committed row to the disk (CHECKPOINT SYNC): they now survive a power cut. */
  void sync() {
    read(c -> {
      sync(c);
      return null;
    });
  }

  private void sync(Connection c) throws SQLException {
    commitsSinceSync.set(0);
    try (Statement s = c.createStatement()) {
      s.execute("CHECKPOINT SYNC");
    }
  }

  /**
   * Writes a transactionally consistent copy of the database into a zip file (H2's BACKUP TO,
   * which copies while others keep writing). The zip holds {@code kliping.mv.db}.
   */
  void backup(Path zip) {
    String quoted = zip.toAbsolutePath().toString().replace("'", "''");
    read(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("BACKUP TO '" + quoted + "'");
      }
      return null;
    });
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

  /** Closes every connection, which closes the database file. */
  @Override
  public void close() {
    pool.dispose();
  }
}

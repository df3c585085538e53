package dev.kliping.archive;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The archive's H2 database: a small connection pool over one file, migrated by Flyway on open,
 * and the transaction discipline every write goes through. Thread-safe.
 */
final class Database implements AutoCloseable {
  /** Enough for the crawler's threads plus Quartz's, which will share this pool. */
  private static final int MAX_CONNECTIONS = 16;

  private final Path file;
  private final JdbcConnectionPool pool;

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
   * AUTO_SERVER is never used (DESIGN.md).
   */
  static String url(Path base) {
    return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
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
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new ArchiveException("database " + file + ": " + e.getMessage(), e);
    }
  }

  /** Runs read-only work on one connection. */
  <T> T read(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new ArchiveException("database " + file + ": " + e.getMessage(), e);
    }
  }

  /** Closes every connection, which closes the database file. */
  @Override
  public void close() {
    pool.dispose();
  }
}

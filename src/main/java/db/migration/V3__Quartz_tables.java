package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates Quartz's JDBC job-store tables in the archive database, from the DDL Quartz ships for
 * the database in use (H2 or PostgreSQL), so schedules and misfires survive restarts. Quartz's
 * own scripts are run rather than a copy of them, so the tables always match the Quartz version.
 */
public class V3__Quartz_tables extends BaseJavaMigration {
  private static final String SCRIPTS = "/org/quartz/impl/jdbcjobstore/";

  @Override
  public void migrate(Context context) throws SQLException, IOException {
    Connection c = context.getConnection();
    String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    String script = product.contains("postgres") ? "tables_postgres.sql" : "tables_h2.sql";
    try (Statement s = c.createStatement()) {
      for (String statement : statements(read(script))) {
        // H2 2.x dropped SQL Server's IMAGE type that Quartz's H2 script still uses.
        s.execute(product.contains("h2") ? statement.replace(" IMAGE ", " BLOB ") : statement);
      }
    }
  }

  private static String read(String script) throws IOException {
    try (InputStream in = V3__Quartz_tables.class.getResourceAsStream(SCRIPTS + script)) {
      if (in == null) {
        throw new IOException("Quartz's " + script + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The script's statements without comments, drops of absent tables, or its own commit. */
  static java.util.List<String> statements(String script) {
    StringBuilder sql = new StringBuilder();
    for (String line : script.split("\n")) {
      String t = line.trim();
      if (!t.startsWith("--") && !t.startsWith("#")) {
        sql.append(line).append('\n');
      }
    }
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String statement : sql.toString().split(";")) {
      String t = statement.trim();
      String upper = t.toUpperCase(Locale.ROOT);
      if (!t.isEmpty() && !upper.startsWith("DROP ") && !upper.equals("COMMIT")
          && !upper.startsWith("BEGIN")) {
        out.add(t);
      }
    }
    return out;
  }
}

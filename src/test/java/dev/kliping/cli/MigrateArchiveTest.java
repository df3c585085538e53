package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.testing.CliRun;
import dev.kliping.testing.EmbeddedDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate-archive} copies a crawled H2 archive into an empty PostgreSQL database with its
 * ids, advances the sequences, verifies counts and hashes, and the archive then answers the same
 * from PostgreSQL and takes new rows there. A database that is not empty is refused untouched.
 */
class MigrateArchiveTest {
  private static EmbeddedDatabase postgres;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    postgres = EmbeddedDatabase.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void copiesACrawledArchiveAndItAnswersTheSameFromPostgres() throws Exception {
    Path archive = dir.resolve("archive");
    CliRun crawl = CliRun.of("crawl", "--outlet", "kompastv", "--outlet", "rmol", "--replay",
        "src/test/resources/replay", "--archive", archive.toString());
    assertEquals(0, crawl.exitCode(), crawl.toString());
    String url = postgres.newDatabase();

    CliRun migrate = CliRun.of("migrate-archive", "--to", url, "--archive", archive.toString());

    assertEquals(0, migrate.exitCode(), migrate.toString());
    System.out.println(migrate.out());
    assertTrue(migrate.out().contains("verified:"), migrate.out());
    for (String table : new String[] {"page", "capture", "version", "diff", "outlet_health"}) {
      assertTrue(migrate.out().lines().anyMatch(l -> l.startsWith(table + " ")
          && l.endsWith("ok")), table + " in\n" + migrate.out());
    }
    assertTrue(migrate.out().lines().noneMatch(l -> l.endsWith("DIFFERENT")), migrate.out());
    long pages = count(url, "page");
    assertTrue(pages > 2, "pages copied: " + pages);

    String page = firstPage(url);
    CliRun h2 = CliRun.of("history", page, "--archive", archive.toString(), "--format", "json");
    CliRun pg = CliRun.of("history", page, "--archive", archive.toString(), "--database", url,
        "--format", "json");
    assertEquals(0, pg.exitCode(), pg.toString());
    assertEquals(h2.out(), pg.out(), "the same history from both databases");

    // The sequences moved past the copied ids: a new crawl adds rows without a clash.
    CliRun again = CliRun.of("crawl", "--outlet", "medcom", "--replay",
        "src/test/resources/replay", "--archive", archive.toString(), "--database", url);
    assertEquals(0, again.exitCode(), again.toString());
    assertTrue(count(url, "page") > pages);
  }

  @Test
  void aDatabaseThatIsNotEmptyIsRefusedUntouched() throws Exception {
    Path archive = dir.resolve("archive");
    assertEquals(0, CliRun.of("crawl", "--outlet", "kompastv", "--replay",
        "src/test/resources/replay", "--archive", archive.toString()).exitCode());
    String url = postgres.newDatabase();
    try (Connection c = postgres.dataSource(url).getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE notes (id INTEGER)");
      s.execute("INSERT INTO notes VALUES (7)");
    }

    CliRun migrate = CliRun.of("migrate-archive", "--to", url, "--archive", archive.toString());

    assertEquals(2, migrate.exitCode(), migrate.toString());
    assertTrue(migrate.err().contains("not empty") && migrate.err().contains("notes"),
        migrate.err());
    assertEquals(1, count(url, "notes"));
    try (Connection c = postgres.dataSource(url).getConnection();
        ResultSet rs = c.getMetaData().getTables(null, "public", "page", null)) {
      assertTrue(!rs.next(), "no schema was made in the refused database");
    }
  }

  @Test
  void aFolderWithoutAnH2ArchiveExitsTwo() {
    CliRun run = CliRun.of("migrate-archive", "--to", postgres.newDatabase(), "--archive",
        dir.resolve("none").toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("no H2 archive"), run.err());
  }

  private static long count(String url, String table) throws SQLException {
    try (Connection c = postgres.dataSource(url).getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String firstPage(String url) throws SQLException {
    try (Connection c = postgres.dataSource(url).getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT p.url FROM page p JOIN version v"
            + " ON v.page_id = p.id ORDER BY p.id")) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }
}

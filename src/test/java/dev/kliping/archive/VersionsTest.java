package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.extract.Article;
import dev.kliping.version.Changes;
import dev.kliping.version.ChangeKind;
import dev.kliping.version.FieldChange;
import dev.kliping.version.Significance;
import dev.kliping.version.NormalizedArticle;
import dev.kliping.version.WordChange;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionsTest {
  @TempDir Path dir;
  private Archive archive;
  private long page;
  private Instant clock = Fixtures.T0;

  @BeforeEach
  void open() {
    archive = Archive.open(dir);
    page = archive.page("rmol", Fixtures.URL, clock);
  }

  @AfterEach
  void close() {
    archive.close();
  }

  private VersionOutcome fetchAndStore(Article article) {
    clock = clock.plus(Duration.ofMinutes(15));
    Capture c = archive.capture(page, Fixtures.gunzipped(Fixtures.URL, "<html/>", clock));
    return archive.store(page, c, article);
  }

  @Test
  void sameArticleTwiceIsOneVersion() {
    VersionOutcome first = fetchAndStore(Fixtures.story("12.000"));
    VersionOutcome second = fetchAndStore(Fixtures.story("12.000"));
    assertEquals(VersionOutcome.Status.NEW, first.status());
    assertEquals(1, first.versionNumber());
    assertEquals("first version", first.diffSummary());
    assertEquals(VersionOutcome.Status.UNCHANGED, second.status());
    assertEquals(first.versionId(), second.versionId());
    assertEquals(1, archive.history(Fixtures.URL).orElseThrow().versions().size());
    assertEquals(2, archive.captures(Fixtures.URL).size());
  }

  @Test
  void whitespaceAndUnicodeFormsAreNoChange() {
    fetchAndStore(Fixtures.article("Anggaran  naik", "Kata\u00a0pertama   kedua.", "Cafe\u0301"));
    VersionOutcome again =
        fetchAndStore(Fixtures.article(" Anggaran naik ", "Kata pertama kedua.", "", "Caf\u00e9"));
    assertEquals(VersionOutcome.Status.UNCHANGED, again.status());
  }

  @Test
  void changedFigureIsVersionTwoWithExactlyThatChange() {
    fetchAndStore(Fixtures.story("12.000"));
    VersionOutcome second = fetchAndStore(Fixtures.story("13.000"));
    assertTrue(second.isNew());
    assertEquals(2, second.versionNumber());
    assertEquals("title: 1 word replaced; body: 1 word replaced", second.diffSummary());

    VersionDiff diff = archive.diff(Fixtures.URL, null, null).orElseThrow();
    assertEquals(1, diff.from());
    assertEquals(2, diff.to());
    assertEquals(List.of(), diff.fields());
    assertEquals(List.of(new WordChange("title", WordChange.Op.REPLACE, 4, 4,
        List.of("Rp12.000"), List.of("Rp13.000"))), diff.title());
    // 8 words in paragraph 1, then "Menurut Menteri Keuangan, anggaran itu kini mencapai".
    assertEquals(List.of(new WordChange("body", WordChange.Op.REPLACE, 15, 15,
        List.of("Rp12.000"), List.of("Rp13.000"))), diff.body());
    assertEquals(second.diffSummary(), diff.summary());
  }

  @Test
  void diffRowHoldsTheChangesAsSnakeCaseJson() throws Exception {
    fetchAndStore(Fixtures.story("12.000"));
    VersionOutcome v2 = fetchAndStore(Fixtures.story("13.000"));
    try (java.sql.Connection c = archive.dataSource().getConnection();
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT version_id, summary, changes FROM diff")) {
      assertTrue(rs.next());
      assertEquals(v2.versionId(), rs.getLong(1));
      assertEquals(v2.diffSummary(), rs.getString(2));
      String json = rs.getString(3);
      assertTrue(json.contains("\"op\":\"replace\""), json);
      assertTrue(json.contains("\"old_words\":[\"Rp12.000\"]"), json);
      assertTrue(json.contains("\"new_position\":15"), json);
      assertEquals(Json.read(json, Changes.class).body(),
          archive.diff(Fixtures.URL, 1, 2).orElseThrow().body());
      assertFalse(rs.next());
    }
  }

  @Test
  void historyListsVersionsWithWhatChanged() {
    fetchAndStore(Fixtures.story("12.000"));
    fetchAndStore(Fixtures.story("12.000"));
    Article longer = Fixtures.article("Anggaran Pertahanan Naik Jadi Rp12.000 Triliun",
        "JAKARTA, RMOL. Pemerintah menaikkan anggaran pertahanan tahun depan.",
        "Menurut Menteri Keuangan, anggaran itu kini mencapai Rp12.000 triliun, naik dari tahun"
            + " lalu.",
        "DPR akan membahasnya pekan depan.", "Rapat dijadwalkan Selasa pagi.");
    fetchAndStore(longer);

    PageHistory h = archive.history(Fixtures.URL).orElseThrow();
    assertEquals("rmol", h.outletId());
    assertEquals(Fixtures.T0, h.firstSeen());
    assertEquals(Fixtures.T0.plus(Duration.ofMinutes(45)), h.lastFetched());
    assertEquals(2, h.versions().size());
    VersionInfo v1 = h.versions().get(0);
    VersionInfo v2 = h.versions().get(1);
    assertEquals(1, v1.number());
    assertEquals(Fixtures.T0.plus(Duration.ofMinutes(15)), v1.capturedAt());
    assertEquals("first version", v1.changeSummary());
    assertEquals(v1.words() + 4, v2.words());
    assertEquals("body: 4 words inserted, 1 paragraph break added", v2.changeSummary());
    assertFalse(v1.contentHash().equals(v2.contentHash()));
    assertEquals(64, v2.contentHash().length());

    VersionDiff d = archive.diff(Fixtures.URL, 1, 2).orElseThrow();
    assertEquals(List.of(new WordChange("body", WordChange.Op.INSERT, 26, 26, List.of(),
        List.of(WordChange.PARAGRAPH, "Rapat", "dijadwalkan", "Selasa", "pagi."))), d.body());
  }

  @Test
  void metadataChangesAreFieldChanges() {
    fetchAndStore(Fixtures.story("12.000"));
    Article a = Fixtures.story("12.000");
    Article byline = new Article(a.title(), List.of("Ahmad Satryo", "Rina"), a.editors(),
        a.published().plusHours(1), null, a.section(), a.sourceCredit(), a.language(),
        a.canonicalUrl(), a.body(), a.extractor(), List.of(), null);
    VersionOutcome v2 = fetchAndStore(byline);
    assertEquals("authors changed; published changed", v2.diffSummary());
    VersionDiff d = archive.diff(Fixtures.URL, 1, 2).orElseThrow();
    assertEquals(new FieldChange("authors", "Ahmad Satryo", "Ahmad Satryo; Rina",
        List.of(ChangeKind.METADATA, ChangeKind.NAME)), d.fields().get(0));
    assertEquals(new FieldChange("published", "2024-05-01T10:00+07:00", "2024-05-01T11:00+07:00",
        List.of(ChangeKind.METADATA, ChangeKind.NUMBER)), d.fields().get(1));
    assertEquals(Significance.SUBSTANTIVE, d.significance());
  }

  @Test
  void emptyArticleStoresNoVersion() {
    Capture c = archive.capture(page, Fixtures.plain(Fixtures.URL, 200, "", Fixtures.T0, false));
    VersionOutcome none = archive.store(page, c, Article.notFound("generic", "no paragraphs"));
    assertEquals(VersionOutcome.Status.NO_ARTICLE, none.status());
    assertEquals("no article: no paragraphs", none.diffSummary());
    assertTrue(archive.history(Fixtures.URL).orElseThrow().versions().isEmpty());
  }

  @Test
  void diffOfUnknownPageOrVersionIsEmpty() {
    fetchAndStore(Fixtures.story("12.000"));
    assertTrue(archive.diff("https://example.com/none", null, null).isEmpty());
    assertTrue(archive.diff(Fixtures.URL, null, null).isEmpty(), "only one version");
    assertTrue(archive.diff(Fixtures.URL, 1, 5).isEmpty());
    assertTrue(archive.history("https://example.com/none").isEmpty());
  }

  @Test
  void storedVersionKeepsTheNormalisedArticle() {
    fetchAndStore(Fixtures.story("12.000"));
    Version v = archive.version(Fixtures.URL, 1).orElseThrow();
    assertEquals(Fixtures.story("12.000").body(), v.article().paragraphs());
    assertEquals(List.of("Ahmad Satryo"), v.article().authors());
    assertEquals("RMOL", v.article().sourceCredit());
    assertEquals(Fixtures.story("12.000").published(), v.article().published());
    assertEquals(NormalizedArticle.of(Fixtures.story("12.000")).contentHash(), v.contentHash());
  }
}

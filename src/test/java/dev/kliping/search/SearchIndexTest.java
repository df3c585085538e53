package dev.kliping.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.archive.VersionInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indonesian queries over the replayed archive: stemming, phrases, and every filter. */
class SearchIndexTest {
  @TempDir static Path dir;
  static Archive archive;
  static SearchIndex index;
  static String edited;
  static List<VersionInfo> versions;

  @BeforeAll
  static void open() throws Exception {
    TestArchives.copyTo(dir);
    archive = Archive.open(dir);
    index = SearchIndex.open(archive);
    edited = TestArchives.pageTitled(archive, TestArchives.EDITED_TITLE);
    versions = archive.history(edited).orElseThrow().versions();
  }

  @AfterAll
  static void close() {
    index.close();
    archive.close();
  }

  private static SearchResult search(SearchQuery q) {
    return index.search(q.withLimit(100));
  }

  private static SearchQuery q(String text) {
    return SearchQuery.text(text);
  }

  private static Set<String> outlets(SearchResult r) {
    return r.hits().stream().map(SearchHit::outlet).collect(Collectors.toSet());
  }

  private static List<String> stems(String word) throws java.io.IOException {
    List<String> out = new java.util.ArrayList<>();
    try (var ts = Analyzers.forQueries().tokenStream(Fields.TEXT, word)) {
      var term = ts.addAttribute(
          org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  private static String body(String url, int version) {
    return String.join(" ", archive.version(url, version).orElseThrow().article().paragraphs())
        .toLowerCase();
  }

  @Test
  void oneFormOfAWordFindsTheOthers() throws Exception {
    // "berjanji" shares its stem "janji" with "perjanjian": one finds the other's stories.
    SearchResult r = search(q("berjanji"));
    assertEquals(search(q("perjanjian")).total(), r.total());
    assertTrue(r.total() >= 8, "stories about the pact: " + r.total());
    assertTrue(r.hits().stream().filter(h -> !body(h.url(), h.version()).contains("berjanji"))
        .count() >= 7, "most say only perjanjian");
    assertEquals(stems("membantu"), stems("bantuan"));
    assertEquals(stems("diserang"), stems("serangan"));
    assertEquals(List.of("janji"), stems("perjanjian"));
    assertEquals(stems("perjanjian"), stems("berjanji"));
  }

  @Test
  void snippetsMarkTheMatchedWords() {
    SearchHit hit = search(q("perjanjian")).hits().get(0);
    assertFalse(hit.snippet().marks().isEmpty(), hit.snippet().toString());
    for (var m : hit.snippet().marks()) {
      assertTrue(hit.snippet().text().substring(m.start(), m.end()).toLowerCase()
          .contains("janji"), hit.snippet().toString());
    }
  }

  @Test
  void aPhraseNeedsItsWordsTogetherAndInOrder() {
    long phrase = search(q("\"perjanjian pertahanan\"")).total();
    long words = search(q("perjanjian pertahanan")).total();
    assertTrue(phrase > 0 && phrase < words, phrase + " of " + words);
    assertEquals(0, search(q("\"pertahanan perjanjian\"")).total());
  }

  @Test
  void outletFilter() {
    SearchResult r = search(new SearchQuery("", "medcom", null, null, null, null,
        false, null, false, 100));
    assertEquals(Set.of("medcom"), outlets(r));
    assertEquals(2, r.total());
  }

  @Test
  void publishedDateRange() {
    // Only kompastv's two stories were published on 12 November 2024 (WIB, so also UTC).
    SearchResult r = search(new SearchQuery("", null, Moments.start("2024-11-12"),
        Moments.end("2024-11-12"), SearchQuery.DateField.PUBLISHED, null, false, null, false,
        100));
    assertEquals(Set.of("kompastv"), outlets(r));
    assertEquals(2, r.total());
  }

  @Test
  void capturedDateRange() {
    Instant v2 = versions.get(1).capturedAt();
    SearchResult r = search(new SearchQuery("", null, v2.minusSeconds(1), v2.plusSeconds(1),
        SearchQuery.DateField.CAPTURED, null, false, null, true, 100));
    assertEquals(1, r.total());
    assertEquals(2, r.hits().get(0).version());
  }

  @Test
  void authorFilter() {
    SearchResult r = search(new SearchQuery("", null, null, null, null, "tussie ayu", false,
        null, false, 100));
    assertEquals(List.of(edited), r.hits().stream().map(SearchHit::url).toList());
    assertEquals(0, search(new SearchQuery("", null, null, null, null, "ayu tussie", false,
        null, false, 100)).total(), "a name's words in order");
  }

  @Test
  void changedAfterPublicationFindsOnlyEditedStories() {
    SearchResult r = search(new SearchQuery("", null, null, null, null, null, true, null,
        false, 100));
    assertEquals(List.of(edited), r.hits().stream().map(SearchHit::url).toList());
    assertEquals(3, r.hits().get(0).version(), "the latest version");
    assertEquals(3, search(new SearchQuery("", null, null, null, null, null, true, null, true,
        100)).total(), "all three versions with all_versions");
  }

  @Test
  void asOfFindsTheVersionLiveAtThatMoment() {
    Instant v1 = versions.get(0).capturedAt();
    Instant v2 = versions.get(1).capturedAt();
    assertEquals(List.of(1), versionsOfEditedAsOf(v1.plus(Duration.ofHours(12))));
    assertEquals(List.of(2), versionsOfEditedAsOf(v2));
    assertEquals(List.of(3), versionsOfEditedAsOf(v2.plus(Duration.ofDays(30))));
    assertEquals(List.of(), versionsOfEditedAsOf(v1.minusSeconds(1)), "not yet captured");
    // The words version 2 took out: found as of version 1's time, not now.
    assertEquals(0, search(q("\"ribuan tentara\"")).total());
    assertEquals(1, search(new SearchQuery("\"ribuan tentara\"", null, null, null, null,
        null, false, v1.plusSeconds(60), false, 100)).total());
  }

  private static List<Integer> versionsOfEditedAsOf(Instant t) {
    return search(new SearchQuery("", "kompastv", null, null, null, null, false, t, false, 100))
        .hits().stream().filter(h -> h.url().equals(edited)).map(SearchHit::version).toList();
  }

  @Test
  void onlyStopWordsMatchNothing() {
    assertEquals(0, search(q("yang dan")).total());
  }

  @Test
  void badSyntaxIsNotAnError() {
    assertTrue(search(q("perjanjian (\"pertahanan")).total() > 0);
  }
}

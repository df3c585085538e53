package dev.kliping.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index follows the database: updated per stored version, rebuilt when out of step. */
class SearchIndexLifecycleTest {
  @TempDir Path dir;

  @Test
  void aStoredVersionIsSearchableAtOnceAndMovesTheLatestFlag() throws Exception {
    TestArchives.copyTo(dir);
    try (Archive archive = Archive.open(dir); SearchIndex index = SearchIndex.open(archive)) {
      String url = TestArchives.pageTitled(archive, TestArchives.EDITED_TITLE);
      TestArchives.edit(archive, index, url, Instant.now().plusSeconds(86_400 * 10),
          a -> new dev.kliping.extract.Article(a.title(), a.authors(), a.editors(),
              a.published(), a.modified(), a.section(), a.sourceCredit(), a.language(),
              a.canonicalUrl(), append(a.body(), "Kata khusus zamrudtenggara ditambahkan."),
              a.extractor(), List.of(), null));
      SearchResult r = index.search(SearchQuery.text("zamrudtenggara"));
      assertEquals(1, r.total());
      assertEquals(4, r.hits().get(0).version());
      SearchResult latest = index.search(new SearchQuery("", null, null, null, null,
          "Tussie Ayu", false, null, false, 20));
      assertEquals(List.of(4), latest.hits().stream().map(SearchHit::version).toList(),
          "version 3 is no longer the latest");
    }
  }

  @Test
  void aMissingOrStaleIndexIsRebuiltOnOpen() throws Exception {
    TestArchives.copyTo(dir);
    try (var files = Files.walk(dir.resolve("index"))) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    try (Archive archive = Archive.open(dir); SearchIndex index = SearchIndex.open(archive)) {
      long versions = count(archive);
      assertEquals(versions, index.size());
      assertTrue(index.search(SearchQuery.text("perjanjian")).total() > 0);
      assertEquals(versions, index.rebuild());
    }
  }

  private static long count(Archive archive) throws Exception {
    try (var c = archive.dataSource().getConnection(); var s = c.createStatement();
        var rs = s.executeQuery("SELECT COUNT(*) FROM version")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> append(List<String> body, String p) {
    List<String> out = new java.util.ArrayList<>(body);
    out.add(p);
    return out;
  }
}

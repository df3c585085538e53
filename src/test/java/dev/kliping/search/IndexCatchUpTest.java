package dev.kliping.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kliping.archive.Archive;
import dev.kliping.extract.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index commits in batches, so a crash loses the indexing of the versions since its last
 * commit; opening the index again finds it behind the database and catches up, losing nothing.
 */
class IndexCatchUpTest {
  @TempDir Path dir;

  @Test
  void versionsIndexedAfterTheLastCommitAreCaughtUpAfterACrash() throws Exception {
    TestArchives.copyTo(dir);
    Path crashed = dir.resolveSibling(dir.getFileName() + "-index-at-crash");
    long versions;
    try (Archive archive = Archive.open(dir); SearchIndex index = SearchIndex.open(archive)) {
      assertEquals(SearchIndex.Opening.CURRENT, index.opening());
      String url = TestArchives.pageTitled(archive, TestArchives.EDITED_TITLE);
      for (int i = 1; i <= 3; i++) {
        String word = "zamrudkhusus" + "abc".charAt(i - 1);
        TestArchives.edit(archive, index, url, Instant.now().plusSeconds(86_400L * 10 * i),
            a -> withParagraph(a, "Kata " + word + " ditambahkan."));
      }
      assertEquals(1, index.search(SearchQuery.text("zamrudkhususc")).total(),
          "searchable before any commit");
      versions = index.size();
      // What a kill -9 now leaves on disk: the files of the last commit, which predates the edits.
      copyWithoutLock(dir.resolve("index"), crashed);
    }
    replace(dir.resolve("index"), crashed);
    try (Archive archive = Archive.open(dir); SearchIndex index = SearchIndex.open(archive)) {
      assertEquals(SearchIndex.Opening.CAUGHT_UP, index.opening());
      assertEquals(versions, index.size());
      for (String word : List.of("zamrudkhususa", "zamrudkhususb", "zamrudkhususc")) {
        assertEquals(1, index.search(SearchQuery.text(word)).total(), word);
      }
    }
    try (Archive archive = Archive.open(dir); SearchIndex index = SearchIndex.open(archive)) {
      assertEquals(SearchIndex.Opening.CURRENT, index.opening(), "the catch-up was committed");
    }
  }

  private static Article withParagraph(Article a, String paragraph) {
    List<String> body = new ArrayList<>(a.body());
    body.add(paragraph);
    return new Article(a.title(), a.authors(), a.editors(), a.published(), a.modified(),
        a.section(), a.sourceCredit(), a.language(), a.canonicalUrl(), body, a.extractor(),
        List.of(), null);
  }

  private static void copyWithoutLock(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!f.getFileName().toString().equals("write.lock")) {
          Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void replace(Path target, Path with) throws IOException {
    try (Stream<Path> files = Files.walk(target)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    Files.move(with, target);
  }
}

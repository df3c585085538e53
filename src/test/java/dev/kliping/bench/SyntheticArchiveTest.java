package dev.kliping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kliping.archive.Archive;
import dev.kliping.search.SearchIndex;
import dev.kliping.search.SearchQuery;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search benchmark's synthetic archive: its rows, and its word count without a regex. */
class SyntheticArchiveTest {
  @TempDir Path dir;

  @Test
  void wordsCountsAsSplittingOnWhitespaceRuns() {
    for (String s : List.of("", " ", "  \n", "a", " a", "a ", "  a  b ", "a\n\nb\tc",
        "a\u00a0b", "\r\na b", "x\u000bx\fx")) {
      assertEquals(s.split("\\s+").length, SyntheticArchive.words(s), "'" + s + "'");
    }
  }

  @Test
  void fillsTheAskedNumberOfVersionsAndTheIndexHoldsThemAll() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      int pages = new SyntheticArchive(Path.of("src/test/resources/golden"))
          .fill(archive.dataSource(), 2500);
      assertEquals(2500, SyntheticArchive.versions(archive.dataSource()));
      try (SearchIndex index = SearchIndex.rebuilt(archive)) {
        assertEquals(2500, index.size());
        assertEquals(pages, index.count(SearchQuery.all()));
      }
    }
  }
}

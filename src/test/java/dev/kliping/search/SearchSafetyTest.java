package dev.kliping.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.testing.CliRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search costs what its documented syntax costs: no operator expands a word into many terms,
 * too many words is a refusal naming q, and a search past its time budget stops.
 */
class SearchSafetyTest {
  @TempDir static Path dir;
  static Archive archive;
  static SearchIndex index;

  @BeforeAll
  static void open() throws Exception {
    TestArchives.copyTo(dir);
    archive = Archive.open(dir);
    index = SearchIndex.open(archive);
  }

  @AfterAll
  static void close() {
    index.close();
    archive.close();
  }

  private static long total(String text) {
    return index.search(SearchQuery.text(text)).total();
  }

  @Test
  void fuzzyAndPrefixAreNotOperators() {
    assertTrue(total("korea") > 0, "the archive has stories about Korea");
    // Lucene's simple syntax would make these a fuzzy and a prefix query, both matching "korea".
    assertEquals(0, total("koreo~1"));
    assertEquals(0, total("kore*"));
    // Within a word they are punctuation, which the analyzer drops.
    assertEquals(total("korea"), total("korea*"));
  }

  @Test
  void theDocumentedOperatorsStillWork() {
    long korea = total("korea");
    long either = total("korea | rusia");
    assertTrue(either >= korea, either + " >= " + korea);
    assertTrue(total("korea -rusia") < korea);
    assertTrue(total("\"korea utara\"") > 0);
  }

  @Test
  void tooManyWordsIsRefusedNamingQ() {
    String words = IntStream.range(0, 1100).mapToObj(i -> "kata" + i)
        .collect(Collectors.joining(" "));
    SearchRefused e = assertThrows(SearchRefused.class,
        () -> index.search(SearchQuery.text(words)));
    assertEquals("q", e.parameter());
    assertTrue(e.getMessage().startsWith("q: too many words"), e.getMessage());
    String more = IntStream.range(0, 1100).mapToObj(i -> "kata" + i)
        .collect(Collectors.joining(" | "));
    assertEquals("q", assertThrows(SearchRefused.class,
        () -> index.search(SearchQuery.text(more))).parameter());
    assertThrows(SearchRefused.class, () -> index.count(SearchQuery.text(more)));
  }

  @Test
  void theCommandLineExits2NamingQ(@TempDir Path other) throws Exception {
    TestArchives.copyTo(other);
    String words = IntStream.range(0, 1100).mapToObj(i -> "kata" + i)
        .collect(Collectors.joining(" "));
    CliRun run = CliRun.of("search", words, "--archive", other.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("q: too many words"), run.err());
  }

  @Test
  void aSearchPastItsBudgetStops() {
    SearchQuery q = SearchQuery.text("korea | rusia | perjanjian").withLimit(1000);
    SearchTimedOut e = assertThrows(SearchTimedOut.class, () -> index.search(q, Duration.ZERO));
    assertTrue(e.getMessage().contains("time budget"), e.getMessage());
    assertTrue(index.search(q, Duration.ofSeconds(30)).total() > 0);
  }
}

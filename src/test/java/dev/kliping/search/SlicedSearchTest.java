package dev.kliping.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Searching the segments side by side answers what one thread does: the same totals, and the
 * same hits in the same order with the same snippets, ties included (versions of equal score
 * and capture time, in segments that different threads search). The baseline has no threads.
 */
class SlicedSearchTest {
  private static final List<String> WORDS = List.of("korea", "utara", "perjanjian",
      "pertahanan", "rusia", "nuklir", "senjata", "militer", "kerja", "sama", "putin", "kim");

  @Test
  void slicedSearchesFindTheSameHitsInTheSameOrderAsOneThread() throws Exception {
    Analyzer analyzer = Analyzers.forIndex();
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer)
          .setMergePolicy(NoMergePolicy.INSTANCE))) {
        Random random = new Random(7);
        Instant base = Instant.parse("2024-06-01T00:00:00Z");
        for (int page = 0; page < 600; page++) {
          // Few distinct texts and times: many versions tie on score and on capture time.
          Instant captured = base.plus(Duration.ofHours(random.nextInt(20)));
          String body = text(random, 20 + random.nextInt(3) * 10);
          int versions = 1 + random.nextInt(3);
          for (int v = 1; v <= versions; v++) {
            boolean latest = v == versions;
            w.addDocument(Documents.of(new IndexedVersion(page * 10L + v,
                "https://rmol.example/" + page, page % 2 == 0 ? "rmol" : "medcom", v,
                captured.plus(Duration.ofHours(v)), text(random, 4), List.of("Ani Wijaya"),
                OffsetDateTime.ofInstant(captured, ZoneOffset.UTC), body, latest, versions > 1,
                latest ? null : captured.plus(Duration.ofHours(v + 1)), false, false)));
          }
          if (page % 70 == 69) {
            w.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() >= 6, "segments: " + reader.leaves().size());
        IndexSearcher shared = new IndexSearcher(reader);
        Searches one = new Searches(Analyzers.forQueries(), null, 1);
        Searches three = new Searches(Analyzers.forQueries(), threads, 3);
        for (String text : List.of("korea utara", "\"perjanjian pertahanan\"", "rusia",
            "nuklir -senjata", "militer | putin", "korea perjanjian", "")) {
          for (boolean all : new boolean[] {false, true}) {
            SearchQuery q = new SearchQuery(text, null, null, null, null, null, false, null, all,
                50);
            SearchResult expected = one.search(shared, q, Searches.BUDGET);
            assertEquals(expected, three.search(shared, q, Searches.BUDGET), text);
            assertEquals(expected.total(), three.count(shared, q), text);
            assertTrue(expected.hits().size() > 0, text);
          }
        }
      }
    } finally {
      threads.shutdown();
    }
  }

  private static String text(Random random, int words) {
    return RandomText.of(random, WORDS, words);
  }
}

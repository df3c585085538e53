package dev.kliping.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A ranked search that skips the versions whose score cannot reach the page (block-max, then
 * the count apart) answers what scoring and counting every match answers: the same total, and
 * the same hits in the same order, ties on score broken by capture time as before. The
 * reference scores every match; the archive has thousands of matches per query, so skipping
 * starts (Lucene skips only after a thousand hits), and few distinct texts and times, so many
 * versions tie.
 */
class SkippingSearchTest {
  /** The first four are common; phrases stay together, so phrase searches match often. */
  private static final List<String> WORDS = List.of("korea utara", "korea", "rusia",
      "perjanjian pertahanan", "kim jong un", "utara", "nuklir", "senjata", "militer",
      "kerja sama", "putin", "presiden", "ukraina", "pertahanan");
  private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
      new SortField(Fields.CAPTURED, SortField.Type.LONG, true));

  @Test
  void skippingFindsTheHitsAndTotalOfScoringEveryMatch() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.forIndex()))) {
        Random random = new Random(17);
        Instant base = Instant.parse("2024-06-01T00:00:00Z");
        for (int page = 0; page < 3000; page++) {
          Instant captured = base.plus(Duration.ofHours(random.nextInt(50)));
          w.addDocument(Documents.of(new IndexedVersion(page + 1L,
              "https://rmol.example/" + page, page % 4 == 0 ? "rmol" : "medcom", 1, captured,
              text(random, 3 + random.nextInt(4)), List.of(), OffsetDateTime.ofInstant(captured,
                  ZoneOffset.UTC), text(random, 10 + random.nextInt(6) * 8), true, false, null,
              false, false)));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(reader);
        Searches searches = new Searches(Analyzers.forQueries(), null, 1);
        LuceneQueries queries = new LuceneQueries(Analyzers.forQueries());
        for (String text : List.of("korea utara", "\"korea utara\"", "perjanjian pertahanan",
            "\"kim jong un\"", "\"korea utara\" rusia", "korea -ukraina", "korea utara -ukraina",
            "korea | kim", "rusia", "korea utara rusia", "korea rusia kim")) {
          for (String outlet : new String[] {null, "medcom"}) {
            SearchQuery q = new SearchQuery(text, outlet, null, null, null, null, false, null,
                false, 20);
            TopDocs every = s.search(queries.of(q),
                new TopFieldCollectorManager(RELEVANCE, q.limit(), null, Integer.MAX_VALUE));
            SearchResult result = searches.search(s, q, Searches.BUDGET);
            String what = text + (outlet == null ? "" : " in " + outlet);
            assertTrue(every.totalHits.value > 1000, what + ": " + every.totalHits.value);
            assertEquals(every.totalHits.value, result.total(), what);
            assertEquals(pages(s, every.scoreDocs), result.hits().stream()
                .map(SearchHit::url).toList(), what);
          }
        }
      }
    }
  }

  @Test
  void onlyThreeOrMoreRequiredWordsAreScoredInStep() {
    LuceneQueries queries = new LuceneQueries(Analyzers.forQueries());
    for (String skips : List.of("korea", "korea utara", "\"kim jong un\"", "\"korea utara\" rusia",
        "korea utara -nuklir -ukraina", "senjata | rudal", "korea utara senjata | rudal")) {
      assertFalse(queries.scoredInStep(skips), skips);
    }
    for (String inStep : List.of("korea utara rusia", "putin kim jong un",
        "\"korea utara\" rusia nuklir")) {
      assertTrue(queries.scoredInStep(inStep), inStep);
    }
  }

  private static List<String> pages(IndexSearcher s, ScoreDoc[] docs) throws Exception {
    List<String> urls = new ArrayList<>();
    for (ScoreDoc d : docs) {
      Document doc = s.storedFields().document(d.doc);
      urls.add(doc.get(Fields.URL));
    }
    return urls;
  }

  private static String text(Random random, int words) {
    return RandomText.of(random, WORDS, words);
  }
}

package dev.kliping.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kliping.archive.Archive;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searching the title and body as one field, and phrases through the index's word pairs, finds
 * exactly the versions that searching title and body as two fields by positions found: the
 * reference here is an index of that layout (title and body apart, a word matching either),
 * built from the same versions, asked the same text.
 */
class SameMatchesTest {
  @TempDir static Path dir;
  static Archive archive;
  static SearchIndex index;
  static ByteBuffersDirectory reference = new ByteBuffersDirectory();

  @BeforeAll
  static void open() throws Exception {
    TestArchives.copyTo(dir);
    archive = Archive.open(dir);
    index = SearchIndex.open(archive);
    // A body that ends with "pakta" under a title that starts with "nuklir": the phrase
    // "pakta nuklir" spans the two, and matched neither field alone.
    TestArchives.store(archive, index, "kompastv", "https://www.kompas.tv/uji/pakta",
        Instant.parse("2024-07-01T00:00:00Z"), TestArchives.article("Nuklir dan Diplomasi",
            List.of("Uji"), null, List.of("Kedua negara menandatangani sebuah pakta")));
    try (Connection c = archive.dataSource().getConnection();
        IndexWriter w = new IndexWriter(reference,
            new IndexWriterConfig(new IndonesianAnalyzer()))) {
      VersionRows.all(c, page -> page.forEach(v -> add(w, v)));
    }
  }

  private static void add(IndexWriter w, IndexedVersion v) {
    Document d = new Document();
    d.add(new NumericDocValuesField(Fields.VERSION_ID, v.versionId()));
    d.add(new TextField("title", v.title() == null ? "" : v.title(), Field.Store.NO));
    d.add(new TextField("body", v.body(), Field.Store.NO));
    try {
      w.addDocument(d);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterAll
  static void close() {
    index.close();
    archive.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"korea", "Korea Utara", "\"korea utara\"", "berjanji", "perjanjian",
      "korea -rusia", "korea | rusia", "\"perjanjian pertahanan\" -ukraina", "pakta",
      "nuklir", "\"pakta nuklir\"", "\"nuklir dan diplomasi\"", "pakta nuklir", "-korea",
      "meratifikasi", "yang dan", "putin kim jong un", "senjata | rudal militer",
      "\"korea utara meratifikasi perjanjian pertahanan\"", "\"utara meratifikasi\" -rusia",
      "\"perjanjian dan pertahanan\"", "\"kerja sama\" | \"korea selatan\"",
      "\"yang korea utara\"", "\"menandatangani sebuah pakta\"", "\"sebuah pakta\""})
  void theSameVersionsMatch(String text) throws IOException {
    Set<Long> expected = referenceMatches(text);
    Set<Long> actual = new TreeSet<>();
    index.forEachMatch(new SearchQuery(text, null, null, null, null, null, false, null, true,
        20), m -> actual.add(m.versionId()));
    assertEquals(expected, actual, text);
    if (text.equals("pakta") || text.equals("nuklir") || text.equals("korea")) {
      assertFalse(actual.isEmpty(), text);
    }
  }

  @org.junit.jupiter.api.Test
  void aTwoWordPhraseIsTheLookupOfItsPair() {
    LuceneQueries queries = new LuceneQueries(Analyzers.forQueries());
    assertEquals(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(
        Fields.TEXT, "korea utara")), queries.text("\"Korea Utara\""));
    assertEquals(org.apache.lucene.search.PhraseQuery.class,
        queries.text("\"perjanjian dan pertahanan\"").getClass(), "a stop word between");
  }

  /** The versions the old two-field query matched: a word in the title or in the body. */
  private static Set<Long> referenceMatches(String text) throws IOException {
    SimpleQueryParser parser = new SimpleQueryParser(new IndonesianAnalyzer(),
        Map.of("title", 2f, "body", 1f), SimpleQueryParser.WHITESPACE_OPERATOR
            | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR);
    parser.setDefaultOperator(Occur.MUST);
    var query = parser.parse(text);
    Set<Long> out = new TreeSet<>();
    if (query == null) {
      return out;
    }
    try (DirectoryReader reader = DirectoryReader.open(reference)) {
      new IndexSearcher(reader).search(query, new SimpleCollector() {
        private NumericDocValues ids;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
          ids = context.reader().getNumericDocValues(Fields.VERSION_ID);
        }

        @Override
        public void collect(int doc) throws IOException {
          ids.advanceExact(doc);
          out.add(ids.longValue());
        }

        @Override
        public ScoreMode scoreMode() {
          return ScoreMode.COMPLETE_NO_SCORES;
        }
      });
    }
    return out;
  }
}

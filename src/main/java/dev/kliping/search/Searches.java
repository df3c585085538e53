package dev.kliping.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Runs queries on one searcher: ranked hits with snippets, counts, and a streaming walk. A ranked
 * search has a time budget: past it the work stops and {@link SearchTimedOut} is thrown, so one
 * request cannot keep the machine busy, whether or not its client still waits.
 */
final class Searches {
  /** Far above any search of the documented syntax at a million versions (tens of ms). */
  static final Duration BUDGET = Duration.ofSeconds(5);
  private static final int SNIPPET_CHARS = 240;
  private static final Set<String> WITHOUT_BODY = Set.of(Fields.URL, Fields.OUTLET,
      Fields.TITLE, Fields.PUBLISHED_TEXT, Fields.NUMBER, Fields.CAPTURED);
  private static final Sort NEWEST = new Sort(new SortField(Fields.CAPTURED, SortField.Type.LONG,
      true));
  private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
      new SortField(Fields.CAPTURED, SortField.Type.LONG, true));

  private final Analyzer analyzer;
  private final LuceneQueries queries;
  private final Executor threads;
  private final int threadCount;

  /** Searches whose segments are searched side by side on threadCount of threads. */
  Searches(Analyzer analyzer, Executor threads, int threadCount) {
    this.analyzer = analyzer;
    this.queries = new LuceneQueries(analyzer);
    this.threads = threads;
    this.threadCount = threadCount;
  }

  /** A searcher of our own over the shared one's reader: other requests use the shared one. */
  private IndexSearcher sliced(IndexSearcher shared) {
    return new SlicedSearcher(shared.getIndexReader(), threads, threadCount);
  }

  SearchResult search(IndexSearcher shared, SearchQuery q, Duration budget) throws IOException {
    Deadline deadline = new Deadline(System.nanoTime() + budget.toNanos());
    // A searcher of our own for the timeout: the shared one serves other requests meanwhile.
    IndexSearcher s = sliced(shared);
    s.setTimeout(deadline);
    Query query = queries.of(q);
    TopDocs top;
    long total;
    try {
      if (q.text().isBlank()) {
        top = browse(s, query, q.limit());
      } else if (queries.scoredInStep(q.text())) {
        top = ranked(s, query, q.limit());
      } else {
        top = skipping(s, query, q.limit());
      }
      total = top.totalHits.value;
    } catch (IndexSearcher.TooManyClauses e) {
      throw LuceneQueries.tooManyClauses(e);
    }
    if (s.timedOut() || deadline.shouldExit()) {
      throw new SearchTimedOut(budget);
    }
    // Only the words are highlighted: the filters mark nothing, and the highlighter would
    // otherwise check every filter again for every hit. Without words it gives each hit's
    // opening passage.
    Object[] snippets = new SnippetHighlighter(s, analyzer, SNIPPET_CHARS)
        .snippets(queries.text(q.text()), top.scoreDocs);
    if (deadline.shouldExit()) {
      throw new SearchTimedOut(budget);
    }
    StoredFields stored = s.storedFields();
    List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      int doc = top.scoreDocs[i].doc;
      // The highlighter has read the body already; read it again only to show its start.
      hits.add(hit(snippets[i] instanceof Snippet ? stored.document(doc, WITHOUT_BODY)
          : stored.document(doc), snippets[i]));
    }
    return new SearchResult(total, hits);
  }

  /**
   * The best hits by relevance, counting every match in the same pass: for three or more words
   * that must all be scored in step, skipping saves less than its bookkeeping costs, so every
   * match is scored and a second counting pass would add to the work.
   */
  private static TopDocs ranked(IndexSearcher s, Query query, int limit) throws IOException {
    return s.search(query,
        new TopFieldCollectorManager(RELEVANCE, limit, null, Integer.MAX_VALUE));
  }

  /**
   * The best hits by relevance, skipping the versions whose score cannot reach them (block-max
   * WAND, once a thousand have been seen); then the count apart, without scoring, when more
   * matched than were seen. Ties keep their order by time: a version that scores as well as the
   * last hit is still considered.
   */
  private static TopDocs skipping(IndexSearcher s, Query query, int limit) throws IOException {
    TopDocs top = s.search(query, limit, RELEVANCE);
    if (top.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
      return top;
    }
    return new TopDocs(new TotalHits(s.count(query), TotalHits.Relation.EQUAL_TO), top.scoreDocs);
  }

  /**
   * The newest hits, and the count apart: sorting by time skips the versions that cannot make
   * the page, and a count of filters alone often comes from the index statistics.
   */
  private static TopDocs browse(IndexSearcher s, Query query, int limit) throws IOException {
    TopDocs top = s.search(query, limit, NEWEST);
    return new TopDocs(new TotalHits(s.count(query), TotalHits.Relation.EQUAL_TO), top.scoreDocs);
  }

  private static SearchHit hit(Document d, Object snippet) {
    String body = d.get(Fields.TEXT);
    String published = d.get(Fields.PUBLISHED_TEXT);
    return new SearchHit(d.get(Fields.URL), d.get(Fields.OUTLET), emptyToNull(d.get(Fields.TITLE)),
        published == null ? null : OffsetDateTime.parse(published),
        d.getField(Fields.NUMBER).numericValue().intValue(),
        Instant.ofEpochMilli(d.getField(Fields.CAPTURED).numericValue().longValue()),
        snippet instanceof Snippet sn ? sn : Snippet.of(lead(body == null ? "" : body)));
  }

  /** The start of the body, cut at a word, for hits with no matched words to show. */
  private static String lead(String body) {
    String flat = body.replace('\n', ' ').replaceAll(" +", " ");
    if (flat.length() <= SNIPPET_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', SNIPPET_CHARS);
    return flat.substring(0, cut > 0 ? cut : SNIPPET_CHARS) + " …";
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** The moment, on the nanoTime clock, a search must stop. */
  private record Deadline(long nanos) implements QueryTimeout {
    @Override
    public boolean shouldExit() {
      return System.nanoTime() - nanos > 0;
    }
  }

  long count(IndexSearcher shared, SearchQuery q) throws IOException {
    try {
      return sliced(shared).count(queries.of(q));
    } catch (IndexSearcher.TooManyClauses e) {
      throw LuceneQueries.tooManyClauses(e);
    }
  }

  long forEach(IndexSearcher s, SearchQuery q, Consumer<SearchIndex.Match> each)
      throws IOException {
    Weight weight;
    try {
      weight = s.createWeight(s.rewrite(queries.of(q)), ScoreMode.COMPLETE_NO_SCORES, 1f);
    } catch (IndexSearcher.TooManyClauses e) {
      throw LuceneQueries.tooManyClauses(e);
    }
    long n = 0;
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      // A scorer walks deleted documents too; the live-docs bits say which are still current.
      Bits live = leaf.reader().getLiveDocs();
      NumericDocValues ids = DocValues.getNumeric(leaf.reader(), Fields.VERSION_ID);
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        if (ids.advanceExact(doc)) {
          each.accept(new SearchIndex.Match(ids.longValue()));
          n++;
        }
      }
    }
    return n;
  }
}

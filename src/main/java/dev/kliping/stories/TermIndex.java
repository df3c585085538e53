package dev.kliping.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A small in-memory Lucene index of key terms (already stemmed, so split on spaces only) with a
 * time, used to find candidates: the articles of the window, or the stories a follow-up may
 * continue. Kept apart from the archive's search index, which answers other questions and is
 * rebuilt on its own schedule. Not thread-safe: the story desk serialises its calls.
 */
final class TermIndex implements AutoCloseable {
  private static final String ID = "id";
  private static final String AT = "at";
  private static final String TERMS = "terms";
  private static final String NOTE = "note";
  /** Lucene's default limit of clauses; an article has far fewer key terms than this. */
  private static final int MAX_CLAUSES = 512;
  /** About a day of the five outlets' articles. */
  private static final int MIN_ENTRIES = 500;

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private boolean dirty;

  TermIndex() {
    try {
      IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
          .setRAMBufferSizeMB(16);
      this.writer = new IndexWriter(directory, config);
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create an index in memory", e);
    }
  }

  /** A search result: the entry's id and the note stored with it. */
  record Hit(long id, String note) {}

  /** Adds the entry, replacing any earlier one with the same id. */
  void put(long id, long at, Map<String, Float> terms) {
    put(id, at, terms, null);
  }

  /** Adds the entry with a note to hand back with it in search results. */
  void put(long id, long at, Map<String, Float> terms, String note) {
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(id), Field.Store.NO));
    doc.add(new StoredField(ID, id));
    doc.add(new LongPoint(AT, at));
    doc.add(new TextField(TERMS, String.join(" ", terms.keySet()), Field.Store.NO));
    if (note != null) {
      doc.add(new StoredField(NOTE, note));
    }
    try {
      writer.updateDocument(new Term(ID, Long.toString(id)), doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an index in memory", e);
    }
    dirty = true;
  }

  void remove(long id) {
    try {
      writer.deleteDocuments(new Term(ID, Long.toString(id)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an index in memory", e);
    }
    dirty = true;
  }

  /** Drops every entry whose time is before the given one. */
  void removeBefore(long at) {
    try {
      writer.deleteDocuments(LongPoint.newRangeQuery(AT, Long.MIN_VALUE, at - 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an index in memory", e);
    }
    dirty = true;
  }

  /**
   * The ids of up to limit entries with a time in [from, to] that share the most weighted terms,
   * best first; each term's weight is multiplied by its rarity (Lucene's BM25 idf).
   */
  List<Hit> search(Map<String, Float> terms, long from, long to, int limit) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int n = 0;
    for (Map.Entry<String, Float> t : terms.entrySet()) {
      if (n++ == MAX_CLAUSES) {
        break;
      }
      any.add(new BoostQuery(new TermQuery(new Term(TERMS, t.getKey())), t.getValue()),
          BooleanClause.Occur.SHOULD);
    }
    BooleanQuery query = new BooleanQuery.Builder()
        .add(any.build(), BooleanClause.Occur.MUST)
        .add(LongPoint.newRangeQuery(AT, from, to), BooleanClause.Occur.FILTER)
        .build();
    try {
      refresh();
      IndexSearcher searcher = searchers.acquire();
      try {
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
          Document doc = searcher.storedFields().document(hit.doc);
          hits.add(new Hit(doc.getField(ID).numericValue().longValue(), doc.get(NOTE)));
        }
        return hits;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search an index in memory", e);
    }
  }

  /**
   * A term's rarity among the entries (BM25's idf): high for a name few articles carry. The
   * entries count as at least {@value #MIN_ENTRIES}, so that in a small window (a new archive,
   * one event) the terms every article shares are not taken for common words.
   */
  double idf(String term) {
    try {
      refresh();
      IndexSearcher searcher = searchers.acquire();
      try {
        long n = Math.max(MIN_ENTRIES, searcher.getIndexReader().maxDoc());
        long df = searcher.getIndexReader().docFreq(new Term(TERMS, term));
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search an index in memory", e);
    }
  }

  private void refresh() throws IOException {
    if (dirty) {
      searchers.maybeRefreshBlocking();
      dirty = false;
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close an index in memory", e);
    }
  }
}

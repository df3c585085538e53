package dev.kliping.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
  /**
   * Entries added since the searcher was last reopened are matched directly, and the searcher
   * is reopened once this many have piled up: reopening after every entry would cost more than
   * everything else the desk does for an article.
   */
  private static final int REOPEN_EVERY = 64;

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<Long, Pending> pending = new LinkedHashMap<>();
  private boolean dirty;

  private record Pending(long at, Map<String, Float> terms, String note) {}

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
      pending.put(id, new Pending(at, terms, note));
      dirty = true;
      if (pending.size() >= REOPEN_EVERY) {
        refresh();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an index in memory", e);
    }
  }

  void remove(long id) {
    try {
      writer.deleteDocuments(new Term(ID, Long.toString(id)));
      pending.remove(id);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an index in memory", e);
    }
    dirty = true;
  }

  /** Drops every entry whose time is before the given one. */
  void removeBefore(long at) {
    try {
      writer.deleteDocuments(LongPoint.newRangeQuery(AT, Long.MIN_VALUE, at - 1));
      pending.values().removeIf(p -> p.at() < at);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an index in memory", e);
    }
    dirty = true;
  }

  /**
   * Up to limit entries with a time in [from, to] that share the most weighted terms (each
   * weight times the term's rarity, as BM25 ranks), best first; then the entries added since the
   * searcher was last reopened that share any term. An entry removed since then may still come
   * back from the searcher: callers check ids against what they hold.
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
      IndexSearcher searcher = searchers.acquire();
      try {
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
          Document doc = searcher.storedFields().document(hit.doc);
          long id = doc.getField(ID).numericValue().longValue();
          if (!pending.containsKey(id)) {
            hits.add(new Hit(id, doc.get(NOTE)));
          }
        }
        // Of the entries not yet searchable, the limit that share the most weight: every one
        // that shares a single word would make each article compare with up to REOPEN_EVERY more.
        List<Map.Entry<Long, Double>> recent = new ArrayList<>();
        pending.forEach((id, p) -> {
          double shared = p.at() >= from && p.at() <= to ? shared(p.terms(), terms) : 0;
          if (shared > 0) {
            recent.add(Map.entry(id, shared));
          }
        });
        recent.sort((x, y) -> Double.compare(y.getValue(), x.getValue()));
        for (Map.Entry<Long, Double> r : recent.subList(0, Math.min(limit, recent.size()))) {
          hits.add(new Hit(r.getKey(), pending.get(r.getKey()).note()));
        }
        return hits;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search an index in memory", e);
    }
  }

  /* The query's weight on the terms the entry shares with it. */
  private static double shared(Map<String, Float> entry, Map<String, Float> query) {
    double w = 0;
    for (Map.Entry<String, Float> t : query.entrySet()) {
      if (entry.containsKey(t.getKey())) {
        w += t.getValue();
      }
    }
    return w;
  }

  private void refresh() throws IOException {
    if (dirty) {
      searchers.maybeRefreshBlocking();
      pending.clear();
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

package dev.kliping.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The unified highlighter, reading match offsets from the body's postings (no re-analysis) and
 * answering {@link Snippet}s; Lucene keeps the object-returning method protected. Its work per
 * hit is bounded: only the first {@link #MAX_CHARS} characters of a body are looked at.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  /** Lucene's default, stated: a snippet from deep inside a very long body is not worth more. */
  static final int MAX_CHARS = 10_000;

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, int chars) {
    this(searcher, analyzer, chars, SentenceBoundaries::new);
  }

  /** With the given sentence boundaries: the JDK's own iterator, for a test to compare with. */
  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, int chars,
      Supplier<BreakIterator> sentences) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter())
        .withMaxLength(MAX_CHARS)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            sentences.get(), chars, 0.3f)));
  }

  /** One snippet (or null, when nothing matched) per hit, in the hits' order. */
  Object[] snippets(Query query, ScoreDoc[] hits) throws IOException {
    int[] docs = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      docs[i] = hits[i].doc;
    }
    return highlightFieldsAsObjects(new String[] {Fields.TEXT}, query, docs, new int[] {1})
        .get(Fields.TEXT);
  }
}

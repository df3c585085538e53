package dev.kliping.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The analyzers of the index: Indonesian stemming for text, plain lower-cased words for names. */
final class Analyzers {
  /**
   * Positions left between the values of one field (the body and the title copies in
   * {@link Fields#TEXT}), far above the slop of a phrase (none), so a phrase cannot run from the
   * end of the body into the title: it matches within one of them, as when they were two fields.
   */
  static final int VALUE_GAP = 100;
  /** Joins the two words of an indexed pair; no word contains a space, so no pair is a word. */
  static final String PAIR_SEPARATOR = " ";

  private Analyzers() {}

  /**
   * The analyzer the index is written with: {@link #forQueries()}, and in the text field each
   * pair of adjacent words also as one term ("korea utara"), stacked on the first word's
   * position, so a two-word phrase is one posting list instead of two read position by position.
   * Stacked terms leave the words' positions, and the length a score divides by, as they were.
   */
  static Analyzer forIndex() {
    Analyzer words = perField();
    Analyzer pairs = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return words;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName,
          TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(),
            new PairFilter(components.getTokenStream()));
      }
    };
    return gapped(field -> Fields.TEXT.equals(field) ? pairs : words);
  }

  /**
   * The analyzer queries are parsed with: title and body through the Indonesian analyzer (stop
   * words, then derivational stemming, so "perjanjian" and "berjanji" meet at "janji"); author
   * names only lower-cased, because a stemmer would fold distinct names together.
   */
  static Analyzer forQueries() {
    Analyzer words = perField();
    return gapped(field -> words);
  }

  private static Analyzer perField() {
    Analyzer names = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    return new PerFieldAnalyzerWrapper(new IndonesianAnalyzer(), Map.of(Fields.AUTHORS, names));
  }

  private static Analyzer gapped(java.util.function.Function<String, Analyzer> byField) {
    return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return byField.apply(fieldName);
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
      }
    };
  }
}

package dev.kliping.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
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

  private Analyzers() {}

  /**
   * Title and body through the Indonesian analyzer (stop words, then derivational stemming, so
   * "perjanjian" and "berjanji" meet at "janji"); author names only lower-cased, because a
   * stemmer would fold distinct names together.
   */
  static Analyzer create() {
    Analyzer names = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    Analyzer perField = new PerFieldAnalyzerWrapper(new IndonesianAnalyzer(),
        Map.of(Fields.AUTHORS, names));
    return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return perField;
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
      }
    };
  }
}

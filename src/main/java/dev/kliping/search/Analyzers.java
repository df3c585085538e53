package dev.kliping.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The analyzers of the index: Indonesian stemming for text, plain lower-cased words for names. */
final class Analyzers {
  private Analyzers() {}

  /**
   * Title and body through the Indonesian analyzer (stop words, then derivational stemming, so
   * "perjanjian" and "berjanji" meet at "janji"); author names only lower-cased, because a
   * stemmer would fold distinct names together.
   */
  static Analyzer create() {
    Analyzer names = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    return new PerFieldAnalyzerWrapper(new IndonesianAnalyzer(),
        Map.of(Fields.AUTHORS, names));
  }
}

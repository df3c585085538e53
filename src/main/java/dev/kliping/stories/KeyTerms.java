package dev.kliping.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms an article is found and compared by: the stemmed words of its title and lead (the
 * Indonesian analyzer drops stop words and folds "perjanjian" and "berjanji" to "janji"), and the
 * named entities of its whole text, which weigh most because they say who and where. Title words
 * weigh more than lead words. Thread-safe.
 */
final class KeyTerms {
  /** The lead: about the first two paragraphs of a news article, which say what happened. */
  static final int LEAD_WORDS = 60;
  static final float ENTITY = 2.0f;
  static final float TITLE = 1.5f;
  static final float LEAD = 1.0f;
  /** Entities prefixed so they never meet a stemmed word in the index. */
  static final String ENTITY_PREFIX = "e:";
  private static final int MAX_ENTITIES = 30;

  /**
   * Words Indonesian news uses interchangeably, folded to one term: the usual abbreviations of
   * country names (Korut, Korsel, AS), and the formal and informal words for signing and for a
   * treaty ("teken" and "menandatangani", "pakta" and "perjanjian"). The stemmer leaves
   * "menandatangani" as "andatangan".
   */
  private static final Map<String, String> SAME = Map.ofEntries(
      Map.entry("korut", "korea_utara"), Map.entry("korsel", "korea_selatan"),
      Map.entry("as", "amerika_serikat"), Map.entry("teken", "tandatangan"),
      Map.entry("andatangan", "tandatangan"), Map.entry("pakta", "janji"),
      Map.entry("amerika", "amerika_serikat"), Map.entry("serikat", "amerika_serikat"));

  private final Analyzer analyzer = new IndonesianAnalyzer();

  Map<String, Float> terms(String title, Words body) {
    Map<String, Float> out = new HashMap<>();
    stems(body.original(0, Math.min(LEAD_WORDS, body.size())), LEAD, out);
    stems(title, TITLE, out);
    // Not the title: headlines are in title case, so every word of one would look like a name.
    Entities.of(body.text()).entrySet().stream()
        .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue()))
        .limit(MAX_ENTITIES)
        .forEach(e -> out.put(ENTITY_PREFIX + SAME.getOrDefault(e.getKey(), e.getKey()),
            ENTITY));
    return out;
  }

  private void stems(String text, float weight, Map<String, Float> out) {
    if (text == null || text.isEmpty()) {
      return;
    }
    try (TokenStream ts = analyzer.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 1) {
          String t = term.toString();
          out.merge(SAME.getOrDefault(t, t), weight, Math::max);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text held in memory", e);
    }
  }
}

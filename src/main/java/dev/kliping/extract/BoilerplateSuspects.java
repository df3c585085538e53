package dev.kliping.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Paragraphs left in an extracted body that look like boilerplate all the same: one that holds a
 * catalogue phrase anywhere (the cleaner drops lines that start with one, so a phrase glued to
 * the end of a sentence survives), one ending like a photo caption, and one stored on other pages
 * of the outlet (the learned boilerplate, counted even below the learning threshold). Pure.
 */
public final class BoilerplateSuspects {

  /** A paragraph and why it is suspect. */
  public record Suspect(String text, String reason) {}

  private BoilerplateSuspects() {}

  /**
   * @param repeated paragraph {@link LearnedBoilerplate#key key} to the number of the outlet's
   *     pages whose stored body holds it; empty when there is no archive to ask
   */
  public static List<Suspect> in(List<String> body, Boilerplate catalogue,
      Map<String, Integer> repeated) {
    List<Suspect> out = new ArrayList<>();
    for (String p : body) {
      String reason = reason(p, catalogue, repeated);
      if (reason != null) {
        out.add(new Suspect(p, reason));
      }
    }
    return out;
  }

  private static String reason(String p, Boilerplate catalogue, Map<String, Integer> repeated) {
    String key = LearnedBoilerplate.key(p);
    Integer pages = repeated.get(key);
    if (pages != null && pages >= 2) {
      return "stored on " + pages + " pages of the outlet (learned boilerplate)";
    }
    List<String> phrases = new ArrayList<>(catalogue.dropLinesStarting());
    phrases.addAll(catalogue.dropLinesContaining());
    phrases.addAll(catalogue.endOfBody());
    for (String phrase : phrases) {
      String k = LearnedBoilerplate.key(phrase);
      if (!k.isEmpty() && key.contains(k)) {
        return "holds the catalogue phrase \"" + phrase.strip() + "\"";
      }
    }
    for (String equal : catalogue.dropLinesEqual()) {
      if (key.replaceAll("\\p{Punct}", "").strip()
          .equals(LearnedBoilerplate.key(equal).replaceAll("\\p{Punct}", "").strip())) {
        return "equals the catalogue line \"" + equal.strip() + "\"";
      }
    }
    for (String ending : catalogue.captionEndings()) {
      try {
        if (Pattern.compile("(?:" + ending + ")").matcher(p.strip()).find()
            && Text.words(p) < 40) {
          return "ends like a photo caption (" + ending + ")";
        }
      } catch (PatternSyntaxException e) {
        // The config loader reports bad patterns; a suspect list does not.
      }
    }
    return p.toLowerCase(Locale.ROOT).isBlank() ? "blank" : null;
  }
}

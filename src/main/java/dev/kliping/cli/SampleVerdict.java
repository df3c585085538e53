package dev.kliping.cli;

import dev.kliping.extract.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a drafted outlet reads a sample as it should: the URL is one of its articles, its
 * rules (not the generic fallback) give the body, the title and the date its rules name, and the
 * body is about as long as the generic reading's (a container too small or too large shows here).
 */
final class SampleVerdict {
  /* The share the rules' body may differ from the generic reading's before it is suspect. */
  private static final double TOLERANCE = 0.2;

  private SampleVerdict() {}

  /** What is wrong, one line each; empty when the sample passes. */
  static List<String> problems(PageTrial t, boolean urlMatches) {
    List<String> out = new ArrayList<>();
    if (!urlMatches) {
      out.add("the URL does not match article_patterns");
    }
    Article a = t.stored();
    if (!a.found()) {
      out.add(a.problem());
      return out;
    }
    if (!Article.OUTLET.equals(a.extractor())) {
      out.add("rules.body found too little; the generic extractor read the body");
    }
    if (!Article.OUTLET.equals(a.sources().get("title"))) {
      out.add("rules.title found no title");
    }
    boolean datedByRules = t.rules().stream()
        .anyMatch(f -> f.field().equals("published") && f.listed());
    if (datedByRules && !Article.OUTLET.equals(a.sources().get("published"))) {
      out.add("rules.published found no date");
    }
    int rules = TrialReport.words(a.text());
    int generic = TrialReport.words(t.generic().text());
    if (generic > 0 && Math.abs(rules - generic) > TOLERANCE * generic) {
      out.add("the rules' body has " + rules + " words, the generic reading " + generic);
    }
    return out;
  }
}

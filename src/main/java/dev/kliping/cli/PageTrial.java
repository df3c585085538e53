package dev.kliping.cli;

import dev.kliping.config.OutletConfig;
import dev.kliping.extract.Article;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.extract.Boilerplate;
import dev.kliping.extract.BoilerplateSuspects;
import dev.kliping.extract.FieldTrial;
import dev.kliping.extract.LearnedBoilerplate;
import dev.kliping.extract.OutletRules;
import dev.kliping.extract.RuleSuggester;
import dev.kliping.extract.RuleTrial;
import dev.kliping.extract.SuggestedRules;
import java.util.List;
import java.util.Map;

/**
 * One page tried every way {@code try} shows: the outlet's selectors field by field, the article
 * the crawler would store (rules, then the generic reading field by field, learned lines
 * dropped), the generic extractor alone, boilerplate suspects left in the stored body, and the
 * rules the generic reading suggests.
 */
record PageTrial(SamplePage page, String outletId, List<FieldTrial> rules, Article stored,
    Article generic, List<BoilerplateSuspects.Suspect> suspects, SuggestedRules suggested) {

  /** What an outlet's archive knows of its recurring paragraphs (none without an archive). */
  record Learned(LearnedBoilerplate lines, Map<String, Integer> repeated) {
    static final Learned NONE = new Learned(LearnedBoilerplate.NONE, Map.of());
  }

  /**
   * @param outlet the outlet whose rules apply, or null to try the generic extractor alone
   * @param catalogue the boilerplate catalogue, with the outlet's phrases when it has rules
   */
  static PageTrial of(SamplePage page, OutletConfig outlet, ArticleExtractor extractor,
      Boilerplate catalogue, Learned learned) {
    String url = page.finalUrl();
    OutletRules rules = outlet == null ? OutletRules.NONE : outlet.rules();
    boolean generic = outlet == null || outlet.rulesIgnored();
    Article stored = extractor.extract(page.body(), page.charset(), url, rules, learned.lines(),
        generic);
    Article genericReading = extractor.extract(page.body(), page.charset(), url, rules,
        learned.lines(), true);
    Boilerplate all = outlet == null ? catalogue : catalogue.plus(rules.boilerplate());
    return new PageTrial(page, outlet == null ? null : outlet.id(),
        RuleTrial.of(page.body(), page.charset(), url, rules), stored, genericReading,
        BoilerplateSuspects.in(stored.body(), all, learned.repeated()),
        RuleSuggester.suggest(page.body(), page.charset(), url, genericReading));
  }
}

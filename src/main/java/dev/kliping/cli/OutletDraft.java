package dev.kliping.cli;

import dev.kliping.extract.SuggestedRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An outlet file drafted from sample pages, written as the shipped outlet files are: every key
 * present, a comment saying where each value came from, so the archivist knows what to check.
 */
record OutletDraft(String id, String name, List<String> samples, List<String> hosts,
    List<String> feeds, List<String> sitemaps, List<String> listings, List<String> patterns,
    String schedule, String language, SuggestedRules rules) {

  /**
   * The selectors each field got on most samples first: a template's own name recurs on every
   * article, a name one page happened to have does not.
   */
  static SuggestedRules merged(List<SuggestedRules> perSample) {
    return new SuggestedRules(ranked(perSample, SuggestedRules::title),
        ranked(perSample, SuggestedRules::body), ranked(perSample, SuggestedRules::published),
        ranked(perSample, SuggestedRules::authors));
  }

  /**
   * A cron at a minute taken from the id, every 30 minutes: outlets added this way do not all
   * start at once (the daemon spreads outlets without a schedule the same way).
   */
  static String cron(String id) {
    return "0 " + Math.floorMod(id.hashCode(), 30) + "/30 * * * ?";
  }

  String yaml() {
    StringBuilder y = new StringBuilder();
    y.append("# ").append(name).append(": drafted by `kliping outlet new` on ")
        .append(LocalDate.now()).append(" from these sample pages:\n");
    samples.forEach(s -> y.append("#   ").append(s).append('\n'));
    y.append("# Check it with `kliping try URL --outlet ").append(id).append("` on other articles.\n");
    y.append("id: ").append(id).append('\n');
    y.append("name: ").append(RulesYaml.quoted(name)).append('\n');
    list(y, "hosts", "the samples' hosts", hosts);
    list(y, "feeds", "<link rel=alternate> on the samples", feeds);
    list(y, "sitemaps", "Sitemap: lines of robots.txt", sitemaps);
    list(y, "listings", "the front page: the samples name no feed or sitemap", listings);
    list(y, "article_patterns", "generalised from the samples' URLs", patterns);
    y.append("schedule: ").append('"').append(schedule).append('"').append('\n');
    y.append("language: ").append(language).append('\n');
    y.append("# Where the generic extractor found each field on the samples.\n");
    String block = RulesYaml.block(rules, 0);
    y.append(block.isEmpty() ? "rules: {}\n" : block);
    return y.toString();
  }

  private static void list(StringBuilder y, String key, String from, List<String> values) {
    if (values.isEmpty()) {
      y.append(key).append(": []\n");
      return;
    }
    y.append(key).append(":  # ").append(from).append('\n');
    values.forEach(v -> y.append("  - ").append(RulesYaml.quoted(v)).append('\n'));
  }

  private static List<String> ranked(List<SuggestedRules> all,
      Function<SuggestedRules, List<String>> field) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (SuggestedRules r : all) {
      field.apply(r).forEach(s -> counts.merge(s, 1, Integer::sum));
    }
    List<String> out = new ArrayList<>(counts.keySet());
    out.sort(Comparator.comparing(s -> -counts.get(s)));
    return out;
  }
}

package dev.kliping.config;

import dev.kliping.extract.Boilerplate;
import dev.kliping.extract.OutletRules;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/** Checks the values of one outlet file that Jackson cannot: patterns, selectors, URLs. */
final class OutletValidator {

  void check(Path file, String expectedId, OutletConfig outlet) {
    if (!expectedId.equals(outlet.id())) {
      throw new ConfigException(file, "id",
          "is '" + outlet.id() + "' but the file is named for '" + expectedId + "'");
    }
    if (outlet.hosts().isEmpty()) {
      throw new ConfigException(file, "hosts", "must list at least one host");
    }
    if (outlet.articlePatterns().isEmpty()) {
      throw new ConfigException(file, "article_patterns", "must list at least one pattern");
    }
    if (outlet.feeds().isEmpty() && outlet.listings().isEmpty() && outlet.sitemaps().isEmpty()) {
      throw new ConfigException(file, "feeds", "no feeds, sitemaps or listings to discover from");
    }
    hostNames(file, "hosts", outlet.hosts());
    hostNames(file, "extra_hosts", outlet.extraHosts());
    urls(file, "feeds", outlet.feeds(), outlet.fetchHosts());
    urls(file, "sitemaps", outlet.sitemaps(), outlet.fetchHosts());
    urls(file, "listings", outlet.listings(), outlet.fetchHosts());
    for (int i = 0; i < outlet.articlePatterns().size(); i++) {
      try {
        Pattern.compile(outlet.articlePatterns().get(i));
      } catch (PatternSyntaxException e) {
        throw new ConfigException(file, "article_patterns[" + i + "]",
            "not a regular expression: " + e.getDescription(), e);
      }
    }
    // No schedule is fine: the daemon then spreads the outlet over its default interval.
    if (outlet.schedule() != null
        && !org.quartz.CronExpression.isValidExpression(outlet.schedule())) {
      throw new ConfigException(file, "schedule",
          "must be a Quartz cron expression such as \"0 0/20 * * * ?\", or left out");
    }
    if (outlet.extract() == Extraction.RULES && outlet.rules().body().isEmpty()) {
      throw new ConfigException(file, "extract",
          "is 'rules' but rules.body lists no selector (leave it out, or write 'generic')");
    }
    if (outlet.listingLinks() != null) {
      selector(file, "listing_links", outlet.listingLinks());
    }
    strings(file, outlet);
    rules(file, outlet.rules());
  }

  private static void rules(Path file, OutletRules rules) {
    selectors(file, "rules.title", rules.title());
    selectors(file, "rules.body", rules.body());
    selectors(file, "rules.published", rules.published());
    selectors(file, "rules.modified", rules.modified());
    selectors(file, "rules.authors", rules.authors());
    selectors(file, "rules.editors", rules.editors());
    selectors(file, "rules.section", rules.section());
    selectors(file, "rules.source_credit", rules.sourceCredit());
    selectors(file, "rules.remove", rules.remove());
    selectors(file, "rules.pagination", rules.pagination());
    captionEndings(file, "rules.boilerplate.caption_endings", rules.boilerplate());
    if (rules.zone() != null && !rules.zone().matches("[+-](0\\d|1[0-4]):[0-5]\\d")) {
      throw new ConfigException(file, "rules.zone", "must be an offset such as +07:00");
    }
  }

  /** The outlet's free strings: each has a shape, so none smuggles a control character along. */
  private static void strings(Path file, OutletConfig outlet) {
    if (outlet.name() != null && outlet.name().chars().anyMatch(Character::isISOControl)) {
      throw new ConfigException(file, "name", "must not hold control characters");
    }
    if (outlet.language() != null
        && !outlet.language().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      throw new ConfigException(file, "language", "must be a language tag such as id or en-GB");
    }
    if (outlet.singlePageQuery() != null
        && !outlet.singlePageQuery().matches("[A-Za-z0-9_.~-]+(=[A-Za-z0-9_.~%-]*)?")) {
      throw new ConfigException(file, "single_page_query",
          "must be one query parameter such as page=all");
    }
  }

  /** Caption endings are matched case-blind at the end of a line (see CaptionEndings). */
  static void captionEndings(Path file, String key, Boilerplate boilerplate) {
    SettingRanges.patterns(file, key, boilerplate.captionEndings(), "(?i)(?:%s)\\s*$");
  }

  private static void selectors(Path file, String key, List<String> selectors) {
    for (int i = 0; i < selectors.size(); i++) {
      selector(file, key + "[" + i + "]", selectors.get(i));
    }
  }

  private static void selector(Path file, String key, String selector) {
    try {
      QueryParser.parse(selector);
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      throw new ConfigException(file, key, "not a CSS selector: " + e.getMessage(), e);
    }
  }

  /** Bare host names as URLs carry them (lower case, no scheme, port or path). */
  private static void hostNames(Path file, String key, List<String> hosts) {
    for (int i = 0; i < hosts.size(); i++) {
      String host = hosts.get(i);
      okhttp3.HttpUrl url = host == null ? null : okhttp3.HttpUrl.parse("https://" + host + "/");
      if (url == null || !url.host().equals(host)) {
        throw new ConfigException(file, key + "[" + i + "]",
            "must be a host name such as www.example.com (lower case; no scheme, port or path)");
      }
    }
  }

  private static void urls(Path file, String key, List<String> urls, List<String> hosts) {
    for (int i = 0; i < urls.size(); i++) {
      String where = key + "[" + i + "]";
      URI uri;
      try {
        uri = URI.create(urls.get(i));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(file, where, "not a URL: " + e.getMessage(), e);
      }
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new ConfigException(file, where, "must be an http or https URL");
      }
      if (!hosts.contains(uri.getHost())) {
        throw new ConfigException(file, where,
            "host " + uri.getHost() + " is not in hosts or extra_hosts");
      }
    }
  }
}

package dev.kliping.config;

import dev.kliping.extract.OutletRules;
import java.util.List;
import java.util.Objects;

/**
 * One outlet as configured in {@code config/outlets/<id>.yaml}: where to find its articles, when
 * to crawl it and how to extract them. Lists are never null.
 */
public record OutletConfig(
    String id,
    String name,
    List<String> hosts,
    List<String> feeds,
    List<String> sitemaps,
    List<String> listings,
    /* CSS selector for article links on listing pages; every a[href] when absent. */
    String listingLinks,
    /* Regular expressions an article URL must match (whole URL, after canonicalisation). */
    List<String> articlePatterns,
    /* Quartz cron expression for the daemon. */
    String schedule,
    /* A query parameter that makes the outlet serve a multi-page article on one page. */
    String singlePageQuery,
    String language,
    OutletRules rules,
    /* Other hosts fetches may reach, such as a sitemap CDN; articles stay on hosts. */
    List<String> extraHosts) {

  public OutletConfig {
    hosts = List.copyOf(Objects.requireNonNullElse(hosts, List.of()));
    extraHosts = List.copyOf(Objects.requireNonNullElse(extraHosts, List.of()));
    feeds = List.copyOf(Objects.requireNonNullElse(feeds, List.of()));
    sitemaps = List.copyOf(Objects.requireNonNullElse(sitemaps, List.of()));
    listings = List.copyOf(Objects.requireNonNullElse(listings, List.of()));
    articlePatterns = List.copyOf(Objects.requireNonNullElse(articlePatterns, List.of()));
    rules = Objects.requireNonNullElse(rules, OutletRules.NONE);
  }

  /** An outlet with no extra hosts. */
  public OutletConfig(String id, String name, List<String> hosts, List<String> feeds,
      List<String> sitemaps, List<String> listings, String listingLinks,
      List<String> articlePatterns, String schedule, String singlePageQuery, String language,
      OutletRules rules) {
    this(id, name, hosts, feeds, sitemaps, listings, listingLinks, articlePatterns, schedule,
        singlePageQuery, language, rules, null);
  }

  /**
   * Every host a fetch for this outlet may reach, first hop and redirects alike: its hosts, then
   * its extra hosts. A URL anywhere else (a robots.txt {@code Sitemap:} line, a sitemap-index
   * entry, a redirect) is refused.
   */
  public List<String> fetchHosts() {
    if (extraHosts.isEmpty()) {
      return hosts;
    }
    List<String> all = new java.util.ArrayList<>(hosts);
    all.addAll(extraHosts);
    return List.copyOf(all);
  }
}

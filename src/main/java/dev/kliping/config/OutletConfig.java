package dev.kliping.config;

import dev.kliping.extract.OutletRules;
import java.util.List;
import java.util.Objects;

/**
 * One outlet as configured in {@code config/outlets/<id>.yaml}: where to find its articles, when
 * to crawl it and how to extract them. Lists are never null. An outlet without rules (or with
 * {@code extract: generic}) is read by the generic extractor alone; one without a schedule is
 * crawled at the daemon's default interval.
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
    /* Quartz cron expression for the daemon; null for the default interval, spread. */
    String schedule,
    /* A query parameter that makes the outlet serve a multi-page article on one page. */
    String singlePageQuery,
    String language,
    OutletRules rules,
    /* rules or generic; null (absent): rules if there are body selectors, else generic. */
    Extraction extract,
    /* Other hosts fetches may reach, such as a sitemap CDN; articles stay on hosts. */
    List<String> extraHosts) {

  /** An outlet whose extraction follows from its rules, with no extra hosts. */
  public OutletConfig(String id, String name, List<String> hosts, List<String> feeds,
      List<String> sitemaps, List<String> listings, String listingLinks,
      List<String> articlePatterns, String schedule, String singlePageQuery, String language,
      OutletRules rules) {
    this(id, name, hosts, feeds, sitemaps, listings, listingLinks, articlePatterns, schedule,
        singlePageQuery, language, rules, null, null);
  }

  /** An outlet with no extra hosts. */
  public OutletConfig(String id, String name, List<String> hosts, List<String> feeds,
      List<String> sitemaps, List<String> listings, String listingLinks,
      List<String> articlePatterns, String schedule, String singlePageQuery, String language,
      OutletRules rules, Extraction extract) {
    this(id, name, hosts, feeds, sitemaps, listings, listingLinks, articlePatterns, schedule,
        singlePageQuery, language, rules, extract, null);
  }

  /** An outlet whose extraction follows from its rules, fetching also from extraHosts. */
  public OutletConfig(String id, String name, List<String> hosts, List<String> feeds,
      List<String> sitemaps, List<String> listings, String listingLinks,
      List<String> articlePatterns, String schedule, String singlePageQuery, String language,
      OutletRules rules, List<String> extraHosts) {
    this(id, name, hosts, feeds, sitemaps, listings, listingLinks, articlePatterns, schedule,
        singlePageQuery, language, rules, null, extraHosts);
  }

  public OutletConfig {
    hosts = List.copyOf(Objects.requireNonNullElse(hosts, List.of()));
    extraHosts = List.copyOf(Objects.requireNonNullElse(extraHosts, List.of()));
    feeds = List.copyOf(Objects.requireNonNullElse(feeds, List.of()));
    sitemaps = List.copyOf(Objects.requireNonNullElse(sitemaps, List.of()));
    listings = List.copyOf(Objects.requireNonNullElse(listings, List.of()));
    articlePatterns = List.copyOf(Objects.requireNonNullElse(articlePatterns, List.of()));
    rules = Objects.requireNonNullElse(rules, OutletRules.NONE);
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

  /**
   * True when the generic extractor is expected to read every article: {@code extract: generic},
   * or no body selectors to drift.
   */
  public boolean genericOnly() {
    return extract == Extraction.GENERIC || extract == null && rules.body().isEmpty();
  }

  /** True when the file says {@code extract: generic}: its rules are then not applied at all. */
  public boolean rulesIgnored() {
    return extract == Extraction.GENERIC;
  }
}

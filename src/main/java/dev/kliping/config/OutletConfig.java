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
    OutletRules rules) {

  public OutletConfig {
    hosts = List.copyOf(Objects.requireNonNullElse(hosts, List.of()));
    feeds = List.copyOf(Objects.requireNonNullElse(feeds, List.of()));
    sitemaps = List.copyOf(Objects.requireNonNullElse(sitemaps, List.of()));
    listings = List.copyOf(Objects.requireNonNullElse(listings, List.of()));
    articlePatterns = List.copyOf(Objects.requireNonNullElse(articlePatterns, List.of()));
    rules = Objects.requireNonNullElse(rules, OutletRules.NONE);
  }
}

package dev.kliping.crawl;

import dev.kliping.archive.Exchange;
import dev.kliping.config.OutletConfig;
import dev.kliping.discover.ArticleUrls;
import dev.kliping.discover.FeedLinks;
import dev.kliping.discover.ListingLinks;
import dev.kliping.discover.UrlCanonicalizer;
import dev.kliping.fetch.FetchOutcome;
import dev.kliping.fetch.FetchResult;
import dev.kliping.fetch.Fetcher;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an outlet's feeds and listing pages into the canonical URLs of its articles, recording
 * every feed and listing response. A feed that fails is logged and counted; the others go on.
 */
final class Discovery {
  private static final Logger log = LoggerFactory.getLogger(Discovery.class);

  private final Fetcher fetcher;
  private final Recorder recorder;
  private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
  private final FeedLinks feeds = new FeedLinks();

  Discovery(Fetcher fetcher, Recorder recorder) {
    this.fetcher = fetcher;
    this.recorder = recorder;
  }

  Set<String> discover(OutletConfig outlet, PassCounter counter) {
    ArticleUrls articles = new ArticleUrls(outlet);
    ListingLinks listings = new ListingLinks(outlet.listingLinks());
    Set<String> found = new LinkedHashSet<>();
    for (String feed : outlet.feeds()) {
      Exchange response = fetchSource(feed, counter);
      if (response != null) {
        try {
          keepArticles(feeds.links(response.body(), feed), articles, found);
        } catch (IllegalArgumentException e) {
          log.warn("{}: feed {} unreadable: {}", outlet.id(), feed, e.getMessage());
          counter.errors++;
        }
      }
    }
    for (String listing : outlet.listings()) {
      Exchange response = fetchSource(listing, counter);
      if (response != null) {
        keepArticles(listings.links(response.body(), ContentTypes.charset(response), listing),
            articles, found);
      }
    }
    return found;
  }

  private Exchange fetchSource(String url, PassCounter counter) {
    FetchResult result = fetcher.fetch(url);
    recorder.record(null, result);
    if (result.outcome() != FetchOutcome.OK) {
      log.warn("{}: {} ({})", url, result.outcome(), result.reason());
      counter.errors++;
      return null;
    }
    return result.response();
  }

  private void keepArticles(List<String> links, ArticleUrls articles, Set<String> found) {
    for (String link : links) {
      String canonical = canonicalizer.canonical(link);
      if (canonical != null && articles.isArticle(canonical)) {
        found.add(canonical);
      }
    }
  }
}

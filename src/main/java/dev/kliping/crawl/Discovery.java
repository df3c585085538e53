package dev.kliping.crawl;

import dev.kliping.archive.Exchange;
import dev.kliping.config.OutletConfig;
import dev.kliping.discover.ArticleUrls;
import dev.kliping.discover.FeedLinks;
import dev.kliping.discover.ListingLinks;
import dev.kliping.discover.SitemapReader;
import dev.kliping.discover.SitemapWalk;
import dev.kliping.discover.UrlBudget;
import dev.kliping.discover.UrlCanonicalizer;
import dev.kliping.fetch.FetchOutcome;
import dev.kliping.fetch.FetchResult;
import dev.kliping.fetch.Fetcher;
import dev.kliping.fetch.Validators;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an outlet's feeds, listing pages and sitemaps (configured, and named by robots.txt) into
 * the canonical URLs of its articles, recording every response. A source that fails is logged and
 * counted; the others go on. Each host has a URL budget per pass, so a trap cannot run forever.
 */
final class Discovery {
  private static final Logger log = LoggerFactory.getLogger(Discovery.class);

  private final Fetcher fetcher;
  private final Recorder recorder;
  private final FeedLinks feeds = new FeedLinks();

  Discovery(Fetcher fetcher, Recorder recorder) {
    this.fetcher = fetcher;
    this.recorder = recorder;
  }

  Set<String> discover(OutletConfig outlet, PassCounter counter) {
    Found found = new Found(new ArticleUrls(outlet), new UrlCanonicalizer(outlet.hosts()),
        new UrlBudget(fetcher.settings().maxUrlsPerHost()));
    ListingLinks listings = new ListingLinks(outlet.listingLinks());
    for (String feed : outlet.feeds()) {
      Exchange response = fetchSource(feed, outlet, counter);
      if (response != null) {
        try {
          found.keep(feeds.links(response.body(), feed));
        } catch (IllegalArgumentException e) {
          log.warn("{}: feed {} unreadable: {}", outlet.id(), feed, e.getMessage());
          counter.errors++;
        }
      }
    }
    for (String listing : outlet.listings()) {
      Exchange response = fetchSource(listing, outlet, counter);
      if (response != null) {
        found.keep(listings.links(response.body(), response.declaredCharset(), listing));
      }
    }
    SitemapWalk sitemaps = new SitemapWalk(
        new SitemapReader(fetcher.settings().maxSitemapBytes()), found.budget,
        (url, why) -> {
          log.warn("{}: sitemap {}: {}", outlet.id(), url, why);
          counter.errors++;
        });
    found.keep(sitemaps.pages(sitemapRoots(outlet), url -> {
      Exchange response = fetchSource(url, outlet, counter);
      return response == null ? null : response.body();
    }));
    if (found.budget.refused() > 0) {
      log.warn("{}: {} URLs over the per-host budget of {} skipped", outlet.id(),
          found.budget.refused(), fetcher.settings().maxUrlsPerHost());
    }
    return found.urls;
  }

  /** The configured sitemaps, then those named by robots.txt of the sites already visited. */
  private List<String> sitemapRoots(OutletConfig outlet) {
    Set<String> roots = new LinkedHashSet<>(outlet.sitemaps());
    Set<String> origins = new LinkedHashSet<>();
    for (String source : concat(outlet.feeds(), outlet.listings(), outlet.sitemaps())) {
      HttpUrl url = HttpUrl.parse(source);
      if (url != null && outlet.hosts().contains(url.host()) && origins.add(url.host())) {
        roots.addAll(fetcher.sitemapsOf(source));
      }
    }
    return List.copyOf(roots);
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
  }

  private Exchange fetchSource(String url, OutletConfig outlet, PassCounter counter) {
    FetchResult result = fetcher.fetch(url, Validators.NONE, outlet.fetchHosts());
    recorder.record(null, result);
    if (result.outcome() != FetchOutcome.OK) {
      log.warn("{}: {} ({})", url, result.outcome(), result.reason());
      counter.errors++;
      return null;
    }
    return result.response();
  }

  /** The article URLs found so far, canonical, on the outlet's hosts, within budget. */
  private static final class Found {
    final Set<String> urls = new LinkedHashSet<>();
    final ArticleUrls articles;
    final UrlCanonicalizer canonicalizer;
    final UrlBudget budget;

    Found(ArticleUrls articles, UrlCanonicalizer canonicalizer, UrlBudget budget) {
      this.articles = articles;
      this.canonicalizer = canonicalizer;
      this.budget = budget;
    }

    void keep(List<String> links) {
      for (String link : links) {
        String canonical = canonicalizer.canonical(link);
        if (canonical != null && articles.isArticle(canonical) && !urls.contains(canonical)
            && budget.take(canonical)) {
          urls.add(canonical);
        }
      }
    }
  }
}

package dev.kliping.crawl;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.archive.Exchange;
import dev.kliping.archive.VersionOutcome;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.Article;
import dev.kliping.extract.Extractor;
import dev.kliping.fetch.FetchOutcome;
import dev.kliping.fetch.FetchResult;
import dev.kliping.fetch.Fetcher;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Visits one article: fetches it (with every further page of a multi-page story), records each
 * response, extracts the article and stores a version when it changed.
 */
final class ArticleVisit {
  private static final Logger log = LoggerFactory.getLogger(ArticleVisit.class);
  /** Stories split over more pages than this are cut: a guard against pagination loops. */
  private static final int MAX_PAGES = 20;

  private final Archive archive;
  private final Fetcher fetcher;
  private final Recorder recorder;
  private final Extractor extractor;
  private final Clock clock;
  private final VersionListener listener;

  ArticleVisit(Archive archive, Fetcher fetcher, Recorder recorder, Extractor extractor,
      Clock clock, VersionListener listener) {
    this.listener = listener;
    this.archive = archive;
    this.fetcher = fetcher;
    this.recorder = recorder;
    this.extractor = extractor;
    this.clock = clock;
  }

  void visit(OutletConfig outlet, String url, PassCounter counter) {
    long pageId = archive.page(outlet.id(), url, clock.instant());
    FetchResult result = fetcher.fetch(wholeStoryUrl(outlet, url));
    Capture capture = recorder.record(pageId, result);
    if (result.outcome() != FetchOutcome.OK) {
      log.warn("{}: {} ({})", url, result.outcome(), result.reason());
      counter.errors++;
      return;
    }
    counter.fetched++;
    Article article = extract(outlet, result.response());
    if (article == null) {
      return;
    }
    article = withFurtherPages(outlet, pageId, article, counter)
        .withDefaultLanguage(outlet.language());
    VersionOutcome stored = archive.store(pageId, capture, article);
    if (stored.isNew()) {
      counter.newVersions++;
      log.info("{}: version {} ({})", url, stored.versionNumber(), article.extractor());
      listener.stored(outlet.id(), url, stored.versionNumber());
    } else {
      counter.unchanged++;
    }
  }

  /** The URL that shows the whole story on one page, where the outlet offers one. */
  private static String wholeStoryUrl(OutletConfig outlet, String url) {
    if (outlet.singlePageQuery() == null) {
      return url;
    }
    String[] pair = outlet.singlePageQuery().split("=", 2);
    return HttpUrl.get(url).newBuilder()
        .setQueryParameter(pair[0], pair.length > 1 ? pair[1] : "").build().toString();
  }

  /** The article in the response, or null (logged) when it holds none: captured, no version. */
  private Article extract(OutletConfig outlet, Exchange response) {
    if (!ContentTypes.isHtml(response)) {
      log.warn("{}: not a web page ({}): captured, no version", response.url(),
          response.header("Content-Type"));
      return null;
    }
    Article article = extractor.extract(response.body(), ContentTypes.charset(response),
        response.url(), outlet.rules(), false);
    if (!article.found()) {
      log.warn("{}: {}: captured, no version", response.url(), article.problem());
      return null;
    }
    return article;
  }

  private Article withFurtherPages(OutletConfig outlet, long pageId, Article first,
      PassCounter counter) {
    Article whole = first;
    Set<String> seen = new LinkedHashSet<>();
    for (String next : first.continuationUrls()) {
      if (seen.size() >= MAX_PAGES - 1 || !seen.add(next) || !onOutletHost(outlet, next)) {
        continue;
      }
      FetchResult result = fetcher.fetch(next);
      recorder.record(pageId, result);
      if (result.outcome() != FetchOutcome.OK) {
        log.warn("{}: page {} {} ({})", first.canonicalUrl(), next, result.outcome(),
            result.reason());
        counter.errors++;
        continue;
      }
      Article page = extract(outlet, result.response());
      if (page != null) {
        whole = whole.withContinuation(page);
      }
    }
    return whole;
  }

  private static boolean onOutletHost(OutletConfig outlet, String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    return parsed != null && outlet.hosts().contains(parsed.host());
  }
}

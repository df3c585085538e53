package dev.kliping.crawl;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.archive.PageEvent;
import dev.kliping.archive.VersionOutcome;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.Article;
import dev.kliping.discover.ArticleUrls;
import dev.kliping.discover.UrlCanonicalizer;
import dev.kliping.fetch.FetchOutcome;
import dev.kliping.fetch.FetchResult;
import dev.kliping.fetch.Fetcher;
import dev.kliping.fetch.Validators;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Visits one article: fetches it, records every response, stores a version when the article
 * changed, notes when the story was taken down or moved, and books its next revisit.
 */
final class ArticleVisit {
  private static final Logger log = LoggerFactory.getLogger(ArticleVisit.class);

  private final Archive archive;
  private final Fetcher fetcher;
  private final Recorder recorder;
  private final ArticleReader reader;
  private final RevisitPolicy revisits;
  private final Clock clock;
  private final VersionListener listener;

  ArticleVisit(Archive archive, Fetcher fetcher, Recorder recorder, ArticleReader reader,
      RevisitPolicy revisits, Clock clock, VersionListener listener) {
    this.archive = archive;
    this.fetcher = fetcher;
    this.recorder = recorder;
    this.reader = reader;
    this.revisits = revisits;
    this.clock = clock;
    this.listener = listener;
  }

  void visit(OutletConfig outlet, long pageId, String url, PassCounter counter,
      BoilerplateAudit audit) {
    String fetchUrl = wholeStoryUrl(outlet, url);
    FetchResult result = fetcher.fetch(fetchUrl, lastCopy(outlet, url, fetchUrl));
    Capture capture = recorder.record(pageId, result);
    boolean keepVisiting = true;
    if (result.outcome() == FetchOutcome.NOT_MODIFIED) {
      counter.fetched++;
      counter.unchanged++;
    } else if (result.outcome() != FetchOutcome.OK) {
      log.warn("{}: {} ({})", url, result.outcome(), result.reason());
      counter.errors++;
      keepVisiting = !isGone(result) || !noteEvent(pageId, url, capture, PageEvent.GONE,
          "HTTP " + result.response().status());
    } else if (movedElsewhere(outlet, url, result)) {
      counter.fetched++;
      keepVisiting = !noteEvent(pageId, url, capture, PageEvent.MOVED, result.finalUrl());
    } else {
      counter.fetched++;
      Article article = reader.read(outlet, pageId, result.response(), counter);
      String canonical = article == null ? null : declaredCanonical(outlet, url, article);
      if (canonical != null) {
        // Another address of a story we know by its canonical URL: the version goes there.
        long target = archive.page(outlet.id(), canonical, clock.instant());
        archive.event(pageId, new PageEvent(capture.fetchedAt(), PageEvent.DUPLICATE, canonical,
            capture.id()));
        store(outlet, target, canonical, capture, article, counter, audit);
        archive.schedule(target, nextVisit(canonical, clock.instant()));
        keepVisiting = false;
      } else if (article != null) {
        store(outlet, pageId, url, capture, article, counter, audit);
      }
    }
    Instant now = clock.instant();
    archive.schedule(pageId, keepVisiting ? nextVisit(url, now) : null);
  }

  /**
   * The canonical URL the page declares, when it is another of the outlet's article URLs than the
   * one fetched (an AMP, mobile or tracking variant discovery could not fold); else null.
   */
  private static String declaredCanonical(OutletConfig outlet, String url, Article article) {
    if (article.canonicalUrl() == null) {
      return null;
    }
    String canonical = new UrlCanonicalizer(outlet.hosts()).canonical(url, article.canonicalUrl());
    boolean another = canonical != null && !canonical.equals(url);
    return another && new ArticleUrls(outlet).isArticle(canonical) ? canonical : null;
  }

  private void store(OutletConfig outlet, long pageId, String url, Capture capture,
      Article article, PassCounter counter, BoilerplateAudit audit) {
    boolean byRules = Article.OUTLET.equals(article.extractor());
    counter.extractedByRules += byRules ? 1 : 0;
    counter.fellBackToGeneric += byRules ? 0 : 1;
    counter.missingDate += article.published() == null ? 1 : 0;
    counter.boilerplateFound += audit.leaks(article.body()) ? 1 : 0;
    VersionOutcome stored = archive.store(pageId, capture, article);
    if (stored.isNew()) {
      counter.newVersions++;
      log.info("{}: version {} ({})", url, stored.versionNumber(), article.extractor());
      listener.stored(outlet.id(), url, stored.versionNumber());
    } else {
      counter.unchanged++;
    }
  }

  /** Records the event if the page ever had a version: a story, not a page that never was. */
  private boolean noteEvent(long pageId, String url, Capture capture, String kind,
      String detail) {
    if (archive.version(url, 1).isEmpty()) {
      return false;
    }
    archive.event(pageId, new PageEvent(capture.fetchedAt(), kind, detail, capture.id()));
    log.warn("{}: {} ({})", url, kind, detail);
    return true;
  }

  private Instant nextVisit(String url, Instant now) {
    return archive.findPage(url).map(p -> revisits.next(p.firstSeen(), now)).orElse(null);
  }

  private static boolean isGone(FetchResult result) {
    return result.response() != null
        && (result.response().status() == 404 || result.response().status() == 410);
  }

  /** A redirect to another page, not just to another spelling of this one. */
  private static boolean movedElsewhere(OutletConfig outlet, String url, FetchResult result) {
    if (result.exchanges().size() < 2) {
      return false;
    }
    HttpUrl from = HttpUrl.get(url);
    HttpUrl to = HttpUrl.parse(result.finalUrl());
    return to == null || !bareHost(from).equals(bareHost(to))
        || !from.encodedPath().equals(to.encodedPath());
  }

  private static String bareHost(HttpUrl url) {
    return url.host().startsWith("www.") ? url.host().substring(4) : url.host();
  }

  /** The ETag and Last-Modified of our last whole copy of fetchUrl, for a conditional GET. */
  private Validators lastCopy(OutletConfig outlet, String pageUrl, String fetchUrl) {
    if (!outlet.rules().pagination().isEmpty()) {
      // A 304 for the first page says nothing about the pages after it.
      return Validators.NONE;
    }
    // Only the capture the latest version came from: a later 200 may be one whose version a
    // crash kept from being stored, and a 304 against it would hide that version for good.
    Long versionCapture = archive.history(pageUrl)
        .filter(h -> !h.versions().isEmpty())
        .map(h -> h.versions().get(h.versions().size() - 1).captureId())
        .orElse(null);
    for (Capture c : archive.captures(pageUrl)) {
      if (Long.valueOf(c.id()).equals(versionCapture) && fetchUrl.equals(c.url())
          && c.hasResponse() && !c.truncated()) {
        return Validators.of(archive.read(c));
      }
    }
    return Validators.NONE;
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
}

package dev.kliping.crawl;

import dev.kliping.archive.VersionListener;
import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.archive.Page;
import dev.kliping.archive.PageEvent;
import dev.kliping.archive.VersionSource;
import dev.kliping.archive.VersionOutcome;
import dev.kliping.config.OutletConfig;
import dev.kliping.discover.ArticleUrls;
import dev.kliping.discover.UrlCanonicalizer;
import dev.kliping.extract.Article;
import dev.kliping.fetch.FetchOutcome;
import dev.kliping.fetch.FetchResult;
import dev.kliping.fetch.Fetcher;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
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
  private final LastCopy lastCopy;
  private final Reextraction reextraction;

  ArticleVisit(Archive archive, Fetcher fetcher, Recorder recorder, ArticleReader reader,
      Reextraction reextraction, RevisitPolicy revisits, Clock clock, VersionListener listener) {
    this.archive = archive;
    this.fetcher = fetcher;
    this.recorder = recorder;
    this.reader = reader;
    this.revisits = revisits;
    this.clock = clock;
    this.listener = listener;
    this.lastCopy = new LastCopy(archive);
    this.reextraction = reextraction;
  }

  /**
   * Visits the article. Its rows (captures, version, events, schedule) commit together when the
   * visit ends: one database write per article rather than one per row. Each WARC record is still
   * forced before that commit.
   */
  void visit(OutletConfig outlet, Page page, PassCounter counter, BoilerplateAudit audit) {
    archive.together(() -> {
      visitNow(outlet, page, counter, audit);
      return null;
    });
  }

  private void visitNow(OutletConfig outlet, Page page, PassCounter counter,
      BoilerplateAudit audit) {
    long pageId = page.id();
    String url = page.url();
    String fetchUrl = StoryUrls.wholeStory(outlet, url);
    // Read once: the conditional GET's validators, the re-extraction check and the diff all
    // start from the page's latest version and the capture it came from.
    Optional<VersionSource> latest = archive.latestSource(pageId);
    FetchResult result = fetcher.fetch(fetchUrl, lastCopy.validators(outlet, fetchUrl, latest),
        outlet.fetchHosts());
    Capture capture = recorder.record(pageId, result);
    boolean keepVisiting = true;
    if (result.outcome() == FetchOutcome.NOT_MODIFIED) {
      counter.fetched++;
      counter.unchanged++;
    } else if (result.outcome() != FetchOutcome.OK) {
      log.warn("{}: {} ({})", url, result.outcome(), result.reason());
      counter.errors++;
      keepVisiting = !StoryUrls.isGone(result) || !noteEvent(pageId, url, capture, PageEvent.GONE,
          "HTTP " + result.response().status());
    } else if (StoryUrls.movedElsewhere(url, result)) {
      counter.fetched++;
      keepVisiting = !noteEvent(pageId, url, capture, PageEvent.MOVED, result.finalUrl());
    } else {
      counter.fetched++;
      Article article = reader.read(outlet, pageId, result.response(), counter);
      String canonical = article == null ? null : declaredCanonical(outlet, url, article);
      if (canonical != null) {
        // Another address of a story we know by its canonical URL: the version goes there.
        Page target = archive.knownPage(outlet.id(), canonical, clock.instant());
        archive.event(pageId, new PageEvent(capture.fetchedAt(), PageEvent.DUPLICATE, canonical,
            capture.id()));
        store(outlet, target.id(), canonical, capture, article, counter, audit,
            archive.latestSource(target.id()));
        archive.schedule(target.id(), revisits.next(target.firstSeen(), clock.instant()));
        keepVisiting = false;
      } else if (article != null) {
        store(outlet, pageId, url, capture, article, counter, audit, latest);
      }
    }
    Instant now = clock.instant();
    archive.schedule(pageId, keepVisiting ? revisits.next(page.firstSeen(), now) : null);
  }

  /**
   * The canonical URL the page declares, when it is another of the outlet's article URLs than the
   * one fetched (an AMP, mobile or tracking variant discovery could not fold); else null.
   */
  private static String declaredCanonical(OutletConfig outlet, String url, Article article) {
    if (article.canonicalUrl() == null || article.canonicalUrl().equals(url)) {
      return null;
    }
    // The fetched URL is a page's, already canonical: only the declared one needs cleaning, and
    // it counts only on the outlet's hosts (UrlCanonicalizer.canonical(fetched, declared) would
    // fall back to the fetched URL, which is this page).
    String canonical = new UrlCanonicalizer(outlet.hosts()).canonical(article.canonicalUrl());
    if (canonical == null || canonical.equals(url)
        || !outlet.hosts().contains(okhttp3.HttpUrl.get(canonical).host())) {
      return null;
    }
    return new ArticleUrls(outlet).isArticle(canonical) ? canonical : null;
  }

  private void store(OutletConfig outlet, long pageId, String url, Capture capture,
      Article article, PassCounter counter, BoilerplateAudit audit,
      Optional<VersionSource> latest) {
    boolean byRules = Article.OUTLET.equals(article.extractor());
    counter.extractedByRules += byRules ? 1 : 0;
    counter.fellBackToGeneric += byRules ? 0 : 1;
    counter.missingDate += article.published() == null ? 1 : 0;
    counter.missingTitle += article.title() == null || article.title().isBlank() ? 1 : 0;
    counter.words += words(article);
    counter.boilerplateFound += audit.leaks(article.body()) ? 1 : 0;
    VersionOutcome stored = reextraction.store(outlet, pageId, capture, article, latest);
    // The visit's rows commit together when it ends: a version is announced (logged, which
    // archivists and the crash benchmark read as stored, and given to listeners, which read it
    // back) only once it is committed.
    if (stored.status() == VersionOutcome.Status.REEXTRACTED) {
      counter.reextracted++;
      archive.afterCommit(() -> log.info(
          "{}: version {} re-extracted: our rules changed the text, not the outlet", url,
          stored.versionNumber()));
    } else if (stored.isNew()) {
      counter.newVersions++;
      archive.afterCommit(() -> {
        log.info("{}: version {} ({})", url, stored.versionNumber(), article.extractor());
        listener.stored(outlet.id(), url, stored.versionNumber());
      });
    } else {
      counter.unchanged++;
    }
  }

  /** Runs of non-white-space characters in the body (a scan: this runs for every article). */
  static int words(Article article) {
    int n = 0;
    for (String paragraph : article.body()) {
      boolean inWord = false;
      for (int i = 0; i < paragraph.length(); i++) {
        boolean space = Character.isWhitespace(paragraph.charAt(i));
        n += !space && !inWord ? 1 : 0;
        inWord = !space;
      }
    }
    return n;
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
}

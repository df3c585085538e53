package dev.kliping.crawl;

import dev.kliping.archive.Exchange;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.Article;
import dev.kliping.extract.Extractor;
import dev.kliping.fetch.FetchOutcome;
import dev.kliping.fetch.FetchResult;
import dev.kliping.fetch.Fetcher;
import dev.kliping.fetch.Validators;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the article out of a fetched page, fetching and recording the further pages of a story
 * split over several, and joining them into one article.
 */
final class ArticleReader {
  private static final Logger log = LoggerFactory.getLogger(ArticleReader.class);
  /** Stories split over more pages than this are cut: a guard against pagination loops. */
  private static final int MAX_PAGES = 20;

  private final Fetcher fetcher;
  private final Recorder recorder;
  private final Extractor extractor;
  private final LearnedLines learned;

  ArticleReader(Fetcher fetcher, Recorder recorder, Extractor extractor, LearnedLines learned) {
    this.fetcher = fetcher;
    this.recorder = recorder;
    this.extractor = extractor;
    this.learned = learned;
  }

  /**
   * The whole article, or null (logged, counted) when the page holds none. An article URL that
   * gives no version is an error of the pass: otherwise a crawl whose every page failed
   * extraction (a bad rule, a page taken for binary) reports 0 errors and exits 0.
   */
  Article read(OutletConfig outlet, long pageId, Exchange response, PassCounter counter) {
    Article first = extract(outlet, response);
    if (first == null) {
      counter.emptyBody++;
      counter.errors++;
      return null;
    }
    Article whole = first;
    Set<String> seen = new LinkedHashSet<>();
    for (String next : first.continuationUrls()) {
      if (seen.size() >= MAX_PAGES - 1 || !seen.add(next) || !onOutletHost(outlet, next)) {
        continue;
      }
      FetchResult result = fetcher.fetch(next, Validators.NONE, outlet.fetchHosts());
      recorder.record(pageId, result);
      if (result.outcome() != FetchOutcome.OK) {
        log.warn("{}: page {} {} ({})", response.url(), next, result.outcome(), result.reason());
        counter.errors++;
        continue;
      }
      Article page = extract(outlet, result.response());
      if (page != null) {
        whole = whole.withContinuation(page);
      }
    }
    return whole.withDefaultLanguage(outlet.language());
  }

  /**
   * The whole article again from recorded responses, with the rules of today: the first page,
   * and each further page as {@code stored} finds it among the captures (skipped when absent).
   * Null when the first page holds no article.
   */
  Article reread(OutletConfig outlet, Exchange first,
      Function<String, Optional<Exchange>> stored) {
    Article whole = extract(outlet, first);
    if (whole == null) {
      return null;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String next : whole.continuationUrls()) {
      if (seen.size() >= MAX_PAGES - 1 || !seen.add(next) || !onOutletHost(outlet, next)) {
        continue;
      }
      Optional<Article> page = stored.apply(next).map(e -> extract(outlet, e));
      if (page.isPresent()) {
        whole = whole.withContinuation(page.get());
      }
    }
    return whole.withDefaultLanguage(outlet.language());
  }

  private Article extract(OutletConfig outlet, Exchange response) {
    if (!response.mayBeHtml()) {
      log.warn("{}: not a web page ({}): captured, no version", response.url(),
          response.header("Content-Type"));
      return null;
    }
    Article article = extractor.extract(response.body(), response.declaredCharset(),
        response.url(), outlet.rules(), learned.of(outlet.id()), outlet.rulesIgnored());
    if (!article.found()) {
      log.warn("{}: {}: captured, no version", response.url(), article.problem());
      return null;
    }
    return article;
  }

  private static boolean onOutletHost(OutletConfig outlet, String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    return parsed != null && outlet.hosts().contains(parsed.host());
  }
}

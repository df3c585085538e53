package dev.kliping.crawl;

import dev.kliping.archive.Archive;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.Extractor;
import dev.kliping.fetch.Fetcher;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over one outlet: discover its articles, then visit each. A failing URL is logged and
 * counted and the pass goes on; what the archive already holds is never touched.
 */
final class OutletCrawl {
  private static final Logger log = LoggerFactory.getLogger(OutletCrawl.class);

  private final Discovery discovery;
  private final ArticleVisit visit;

  OutletCrawl(Archive archive, Fetcher fetcher, Recorder recorder, Extractor extractor,
      Clock clock, VersionListener listener) {
    this.discovery = new Discovery(fetcher, recorder);
    this.visit = new ArticleVisit(archive, fetcher, recorder, extractor, clock, listener);
  }

  OutletSummary run(OutletConfig outlet) {
    PassCounter counter = new PassCounter();
    Set<String> urls = discovery.discover(outlet, counter);
    counter.discovered = urls.size();
    log.info("{}: {} articles discovered", outlet.id(), urls.size());
    for (String url : urls) {
      visit.visit(outlet, url, counter);
    }
    OutletSummary summary = counter.summary(outlet.id());
    if (summary.failedEntirely()) {
      log.error("{}: the whole pass failed: {} errors, nothing fetched", outlet.id(),
          summary.errors());
    }
    return summary;
  }
}

package dev.kliping.crawl;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Drift;
import dev.kliping.archive.Page;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.Boilerplate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes over one outlet: discovery passes (feeds and listings, then the articles found) and
 * revisit passes (the known articles that are due). A failing URL is logged and counted and the
 * pass goes on; a stop request ends the pass between two articles. What the archive already
 * holds is never touched.
 */
final class OutletCrawl {
  private static final Logger log = LoggerFactory.getLogger(OutletCrawl.class);

  private final Archive archive;
  private final Discovery discovery;
  private final ArticleVisit visit;
  private final Boilerplate catalogue;
  private final Clock clock;
  private final BooleanSupplier stopRequested;
  private final LearnedLines learned;
  private final Frontier frontier;

  OutletCrawl(Archive archive, Discovery discovery, ArticleVisit visit, Boilerplate catalogue,
      Clock clock, BooleanSupplier stopRequested, LearnedLines learned, Frontier frontier) {
    this.frontier = frontier;
    this.learned = learned;
    this.archive = archive;
    this.discovery = discovery;
    this.visit = visit;
    this.catalogue = catalogue;
    this.clock = clock;
    this.stopRequested = stopRequested;
  }

  /**
   * Discovers the outlet's articles and visits them: every one when {@code everything}, else
   * only the new ones and those due for a revisit.
   */
  OutletSummary discover(OutletConfig outlet, boolean everything) {
    PassCounter counter = new PassCounter();
    BoilerplateAudit audit = audit(outlet);
    learned.refresh(outlet.id());
    Set<String> urls = discovery.discover(outlet, counter);
    counter.discovered = urls.size();
    counter.passes = 1;
    log.info("{}: {} articles discovered", outlet.id(), urls.size());
    for (String url : urls) {
      if (stopRequested.getAsBoolean()) {
        log.info("{}: stop requested, pass ends early", outlet.id());
        break;
      }
      // The page's row commits with its visit's: one commit per article. In a cluster the lease
      // taken here is held by the same transaction, so no other node claims the page meanwhile.
      archive.together(() -> {
        Page page = archive.knownPage(outlet.id(), url, clock.instant());
        if (everything || isDue(page) && frontier.take(page.id(), clock.instant())) {
          visit.visit(outlet, page, counter, audit);
        }
        return null;
      });
    }
    return finish(outlet, counter);
  }

  /**
   * Visits up to {@code limit} of the outlet's known articles that are due again; stops between
   * two of them on a stop request or when {@code giveWay} says so (the pages left stay due).
   */
  OutletSummary revisit(OutletConfig outlet, int limit, BooleanSupplier giveWay) {
    PassCounter counter = new PassCounter();
    BoilerplateAudit audit = audit(outlet);
    List<Page> due = frontier.due(outlet.id(), clock.instant(), limit);
    if (!due.isEmpty()) {
      learned.refresh(outlet.id());
    }
    for (Page page : due) {
      if (stopRequested.getAsBoolean() || giveWay.getAsBoolean()) {
        break;
      }
      if (frontier.take(page.id(), clock.instant())) {
        visit.visit(outlet, page, counter, audit);
      }
    }
    return due.isEmpty() ? counter.summary(outlet.id()) : finish(outlet, counter);
  }

  private boolean isDue(Page page) {
    return page.nextFetchAt() != null && !page.nextFetchAt().isAfter(clock.instant());
  }

  private OutletSummary finish(OutletConfig outlet, PassCounter counter) {
    OutletSummary summary = counter.summary(outlet.id());
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
    archive.addHealth(outlet.id(), day, counter.health(), summary.fetched() > 0 ? now : null,
        outlet.genericOnly());
    // A pass is a batch: its rows reach the disk now, not only at H2's next own checkpoint.
    archive.sync();
    if (summary.failedEntirely()) {
      log.error("{}: the whole pass failed: {} errors, nothing fetched", outlet.id(),
          summary.errors());
    }
    // The pass against the outlet's usual days: the same check `status` makes of the day.
    for (String alert : Drift.alerts(counter.health(), archive.healthBefore(outlet.id(), day),
        outlet.genericOnly())) {
      log.warn("{}: {}", outlet.id(), alert);
    }
    return summary;
  }

  private BoilerplateAudit audit(OutletConfig outlet) {
    return new BoilerplateAudit(catalogue.plus(outlet.rules().boilerplate()));
  }
}

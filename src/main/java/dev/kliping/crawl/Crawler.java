package dev.kliping.crawl;

import dev.kliping.archive.Archive;
import dev.kliping.config.DaemonSettings;
import dev.kliping.config.HttpSettings;
import dev.kliping.config.LearnedBoilerplateSettings;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.extract.Boilerplate;
import dev.kliping.extract.Extractor;
import dev.kliping.fetch.Fetcher;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import okhttp3.OkHttpClient;

/**
 * Crawls outlets into one archive: the entry point of the crawl command and the daemon's jobs.
 * Thread-safe as long as no two threads crawl the same outlet at once.
 */
public final class Crawler {
  private final OutletCrawl passes;

  /** What a crawl does besides fetching and storing; {@link #DEFAULTS} for a plain crawl. */
  public record Options(Boilerplate catalogue, RevisitPolicy revisits, VersionListener listener,
      BooleanSupplier stopRequested, LearnedBoilerplateSettings learning) {
    /* A plain crawl learns no boilerplate: what it stores depends on the pages alone. */
    public static final Options DEFAULTS = new Options(Boilerplate.NONE,
        new RevisitPolicy(DaemonSettings.DEFAULT_REVISIT), VersionListener.NONE, () -> false);

    /** Options that learn no boilerplate from the archive. */
    public Options(Boilerplate catalogue, RevisitPolicy revisits, VersionListener listener,
        BooleanSupplier stopRequested) {
      this(catalogue, revisits, listener, stopRequested, new LearnedBoilerplateSettings(30, 0));
    }

    public Options {
      Objects.requireNonNull(learning, "learning");
      Objects.requireNonNull(catalogue, "catalogue");
      Objects.requireNonNull(revisits, "revisits");
      Objects.requireNonNull(listener, "listener");
      Objects.requireNonNull(stopRequested, "stopRequested");
    }

    /** The options the configuration asks for: its catalogue and revisit schedule. */
    public static Options of(Settings settings) {
      return new Options(settings.boilerplate(),
          new RevisitPolicy(settings.main().daemon().revisit()), VersionListener.NONE,
          () -> false, settings.main().learnedBoilerplate());
    }

    public Options withListener(VersionListener l) {
      return new Options(catalogue, revisits, l, stopRequested, learning);
    }

    public Options withStop(BooleanSupplier stop) {
      return new Options(catalogue, revisits, listener, stop, learning);
    }
  }

  public Crawler(Archive archive, OkHttpClient client, HttpSettings http, Extractor extractor,
      Clock clock, Options options) {
    Recorder recorder = new Recorder(archive, clock);
    // robots.txt answers are recorded like any other response, belonging to no page.
    Fetcher fetcher = new Fetcher(client, http, clock, result -> recorder.record(null, result));
    LearnedLines learned = new LearnedLines(archive, options.learning());
    ArticleReader reader = new ArticleReader(fetcher, recorder, extractor, learned);
    ArticleVisit visit = new ArticleVisit(archive, fetcher, recorder, reader,
        options.revisits(), clock, options.listener());
    this.passes = new OutletCrawl(archive, new Discovery(fetcher, recorder), visit,
        options.catalogue(), clock, options.stopRequested(), learned);
  }

  /** One discovery pass over each outlet, in order, visiting every article found. */
  public List<OutletSummary> crawl(List<OutletConfig> outlets) {
    List<OutletSummary> summaries = new ArrayList<>();
    for (OutletConfig outlet : outlets) {
      summaries.add(passes.discover(outlet, true));
    }
    return summaries;
  }

  /** A scheduled pass: discovers, and visits only new articles and those due again. */
  public OutletSummary scheduledPass(OutletConfig outlet) {
    return passes.discover(outlet, false);
  }

  /** Visits up to {@code limit} of the outlet's known articles that are due again. */
  public OutletSummary revisit(OutletConfig outlet, int limit) {
    return passes.revisit(outlet, limit);
  }
}

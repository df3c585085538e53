package dev.kliping.crawl;

import dev.kliping.archive.VersionListener;
import dev.kliping.archive.Archive;
import dev.kliping.config.DaemonSettings;
import dev.kliping.config.HttpSettings;
import dev.kliping.config.LearnedBoilerplateSettings;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.extract.Boilerplate;
import dev.kliping.extract.Extractor;
import dev.kliping.fetch.Fetcher;
import dev.kliping.fetch.HostTurns;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import okhttp3.OkHttpClient;

/**
 * Crawls outlets into one archive: the entry point of the crawl command and the daemon's jobs.
 * Thread-safe as long as no two threads crawl the same outlet at once.
 */
public final class Crawler {
  /**
   * Outlets crawled at once: enough to overlap fetches, fsyncs and extraction on two cores, and
   * more than the five shipped outlets, so that the last one does not run alone at the end.
   */
  static final int PARALLEL_OUTLETS = 8;
  private final OutletCrawl passes;

  /** What a crawl does besides fetching and storing; {@link #DEFAULTS} for a plain crawl. */
  public record Options(Boilerplate catalogue, RevisitPolicy revisits, VersionListener listener,
      BooleanSupplier stopRequested, LearnedBoilerplateSettings learning, Sharing sharing) {
    /* A plain crawl learns no boilerplate: what it stores depends on the pages alone. */
    public static final Options DEFAULTS = new Options(Boilerplate.NONE,
        new RevisitPolicy(DaemonSettings.DEFAULT_REVISIT), VersionListener.NONE, () -> false);

    /** Options of a crawler alone on its archive. */
    public Options(Boilerplate catalogue, RevisitPolicy revisits, VersionListener listener,
        BooleanSupplier stopRequested, LearnedBoilerplateSettings learning) {
      this(catalogue, revisits, listener, stopRequested, learning, Sharing.ALONE);
    }

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
      Objects.requireNonNull(sharing, "sharing");
    }

    /** The options the configuration asks for: its catalogue and revisit schedule. */
    public static Options of(Settings settings) {
      return new Options(settings.boilerplate(),
          new RevisitPolicy(settings.main().daemon().revisit()), VersionListener.NONE,
          () -> false, settings.main().learnedBoilerplate());
    }

    public Options withListener(VersionListener l) {
      return new Options(catalogue, revisits, l, stopRequested, learning, sharing);
    }

    public Options withStop(BooleanSupplier stop) {
      return new Options(catalogue, revisits, listener, stop, learning, sharing);
    }

    public Options withSharing(Sharing s) {
      return new Options(catalogue, revisits, listener, stopRequested, learning, s);
    }
  }

  /**
   * How the crawler shares its archive and hosts with the other nodes of a cluster: as which
   * node, for how long a claimed page is its own, and the hosts' shared turns. {@link #ALONE}
   * for a crawler that owns its archive.
   *
   * @param node null when alone
   */
  public record Sharing(String node, java.time.Duration lease, HostTurns turns) {
    public static final Sharing ALONE = new Sharing(null, java.time.Duration.ZERO,
        HostTurns.ALONE);

    public Sharing {
      Objects.requireNonNull(lease, "lease");
      Objects.requireNonNull(turns, "turns");
    }
  }

  public Crawler(Archive archive, OkHttpClient client, HttpSettings http, Extractor extractor,
      Clock clock, Options options) {
    Recorder recorder = new Recorder(archive, clock);
    // robots.txt answers are recorded like any other response, belonging to no page.
    Fetcher fetcher = new Fetcher(client, http, clock, options.sharing().turns(),
        result -> recorder.record(null, result));
    LearnedLines learned = new LearnedLines(archive, options.learning());
    ArticleReader reader = new ArticleReader(fetcher, recorder, extractor, learned);
    ArticleVisit visit = new ArticleVisit(archive, fetcher, recorder, reader,
        new Reextraction(archive, reader, options.catalogue(), learned), options.revisits(), clock,
        options.listener());
    this.passes = new OutletCrawl(archive, new Discovery(fetcher, recorder), visit,
        options.catalogue(), clock, options.stopRequested(), learned,
        options.sharing().node() == null ? Frontier.alone(archive)
            : Frontier.leased(archive.cluster(), options.sharing().node(),
                options.sharing().lease()));
  }

  /**
   * One discovery pass over each outlet, visiting every article found; up to
   * {@value #PARALLEL_OUTLETS} outlets at a time, so one slow host does not hold up the others.
   * The fetcher still lets one request at a time reach each host. Summaries come in the outlets'
   * order.
   */
  public List<OutletSummary> crawl(List<OutletConfig> outlets) {
    if (outlets.size() <= 1) {
      return outlets.stream().map(o -> passes.discover(o, true)).toList();
    }
    // Never interrupted (shutdown, not shutdownNow): an interrupt closes H2's and the WARC
    // writer's files.
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.min(PARALLEL_OUTLETS, outlets.size()), new CrawlThreads());
    try {
      List<Future<OutletSummary>> passes = new ArrayList<>();
      for (OutletConfig outlet : outlets) {
        passes.add(pool.submit(() -> this.passes.discover(outlet, true)));
      }
      List<OutletSummary> summaries = new ArrayList<>();
      for (Future<OutletSummary> pass : passes) {
        summaries.add(result(pass));
      }
      return summaries;
    } finally {
      pool.shutdown();
    }
  }

  private static OutletSummary result(Future<OutletSummary> pass) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return pass.get();
        } catch (InterruptedException e) {
          // The passes run on (they stop on stopRequested); wait for them, then pass it on.
          interrupted = true;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Names the crawl's threads after what they do. */
  private static final class CrawlThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      return new Thread(r, "crawl-" + count.incrementAndGet());
    }
  }

  /** A scheduled pass: discovers, and visits only new articles and those due again. */
  public OutletSummary scheduledPass(OutletConfig outlet) {
    return passes.discover(outlet, false);
  }

  /** Visits up to {@code limit} of the outlet's known articles that are due again. */
  public OutletSummary revisit(OutletConfig outlet, int limit) {
    return passes.revisit(outlet, limit, () -> false);
  }

  /**
   * As above, ending early (between two pages) once {@code giveWay} says so: the daemon's
   * revisits make way for a pass of the outlet, which visits the due pages itself.
   */
  public OutletSummary revisit(OutletConfig outlet, int limit, BooleanSupplier giveWay) {
    return passes.revisit(outlet, limit, giveWay);
  }
}

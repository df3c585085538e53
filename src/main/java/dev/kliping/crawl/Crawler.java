package dev.kliping.crawl;

import dev.kliping.archive.Archive;
import dev.kliping.config.HttpSettings;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.Extractor;
import dev.kliping.fetch.Fetcher;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;

/** Crawls outlets one after another into one archive; the entry point of a crawl. */
public final class Crawler {
  private final OutletCrawl pass;

  public Crawler(Archive archive, OkHttpClient client, HttpSettings http, Extractor extractor,
      Clock clock) {
    this(archive, client, http, extractor, clock, VersionListener.NONE);
  }

  public Crawler(Archive archive, OkHttpClient client, HttpSettings http, Extractor extractor,
      Clock clock, VersionListener listener) {
    Recorder recorder = new Recorder(archive, clock);
    // robots.txt answers are recorded like any other response, belonging to no page.
    Fetcher fetcher = new Fetcher(client, http, clock, result -> recorder.record(null, result));
    this.pass = new OutletCrawl(archive, fetcher, recorder, extractor, clock, listener);
  }

  /** One pass over each outlet, in order. */
  public List<OutletSummary> crawl(List<OutletConfig> outlets) {
    List<OutletSummary> summaries = new ArrayList<>();
    for (OutletConfig outlet : outlets) {
      summaries.add(pass.run(outlet));
    }
    return summaries;
  }
}

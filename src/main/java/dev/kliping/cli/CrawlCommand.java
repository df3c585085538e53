package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.config.HttpSettings;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.crawl.Crawler;
import dev.kliping.crawl.OutletSummary;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.fetch.HttpClients;
import dev.kliping.fetch.ReplayServer;
import dev.kliping.search.SearchIndex;
import dev.kliping.stories.StoryListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kliping crawl}: one pass over the outlets, then a summary per outlet. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = "Crawls the outlets once into the archive and prints a summary per outlet.")
final class CrawlCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Option(names = "--outlet", paramLabel = "ID", description = "Crawl only this outlet (repeatable).")
  List<String> outletIds = new ArrayList<>();

  @Option(names = "--replay", paramLabel = "DIR",
      description = "Serve recorded pages from DIR/<outlet>/ instead of the network.")
  Path replayDir;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  Format format;

  @Spec CommandSpec spec;

  enum Format { text, json }

  @Override
  public Integer call() {
    Settings settings = options.settings();
    List<OutletConfig> outlets = selected(settings);
    List<OutletSummary> summaries;
    try (ReplayServer replay = replayDir == null ? null : ReplayServer.start(replayDir, outlets);
        Archive archive = Archive.open(options.archiveDir(settings),
            options.archiveOptions(settings));
        SearchIndex index = SearchIndex.open(archive);
        StoryListener stories = StoryListener.open(archive)) {
      // A replay is served from this machine: politeness delays would only slow the demo.
      HttpSettings http = replay == null
          ? settings.main().http() : settings.main().http().withHostDelayMillis(0);
      OkHttpClient client = HttpClients.create(http, replay == null ? null : replay.routing());
      try {
        summaries = new Crawler(archive, client, http,
            new ArticleExtractor(settings.boilerplate()), Clock.systemUTC(),
            Crawler.Options.of(settings).withListener(index.andThen(stories))).crawl(outlets);
      } finally {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
      }
    }
    print(summaries, spec.commandLine().getOut());
    return summaries.stream().anyMatch(OutletSummary::failedEntirely) ? 1 : 0;
  }

  private List<OutletConfig> selected(Settings settings) {
    if (outletIds.isEmpty()) {
      return settings.outletsToCrawl();
    }
    List<OutletConfig> outlets = new ArrayList<>();
    for (String id : outletIds) {
      outlets.add(settings.outlet(id).orElseThrow(() -> new UsageException(
          "unknown outlet '" + id + "'; configured: " + settings.outlets().stream()
              .map(OutletConfig::id).toList())));
    }
    return outlets;
  }

  private void print(List<OutletSummary> summaries, PrintWriter out) {
    if (format == Format.json) {
      out.println(Json.line(Map.of("outlets", summaries)));
    } else {
      out.printf("%-12s %10s %8s %13s %10s %7s %12s%n",
          "outlet", "discovered", "fetched", "new versions", "unchanged", "errors", "reextracted");
      for (OutletSummary s : summaries) {
        out.printf("%-12s %10d %8d %13d %10d %7d %12d%n", s.outlet(), s.discovered(), s.fetched(),
            s.newVersions(), s.unchanged(), s.errors(), s.reextracted());
      }
    }
    out.flush();
  }
}

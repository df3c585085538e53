package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.archive.ArchiveException;
import dev.kliping.archive.Capture;
import dev.kliping.archive.Exchange;
import dev.kliping.archive.RepeatedParagraph;
import dev.kliping.config.LearnedBoilerplateSettings;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.extract.LearnedBoilerplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import okhttp3.HttpUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kliping try URL}: one page read every way, to write or mend an outlet's rules: what each
 * of its selectors finds, what the generic extractor finds, boilerplate left in the body, and a
 * suggested {@code rules:} block.
 */
@Command(name = "try", mixinStandardHelpOptions = true,
    description = "Tries an outlet's rules and the generic extractor on one page, field by field,"
        + " and suggests rules. The page is fetched once, politely (robots.txt, the crawler's"
        + " user agent), and not archived; or taken from the archive with --from-archive.")
final class TryCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Parameters(paramLabel = "URL", description = "An article page.")
  String url;

  @Option(names = "--outlet", paramLabel = "ID",
      description = "Whose rules to try (default: the outlet listing the URL's host).")
  String outletId;

  @Option(names = "--from-archive",
      description = "Read the page's latest capture from the archive instead of fetching it.")
  boolean fromArchive;

  @Option(names = "--replay", paramLabel = "DIR",
      description = "Fetch from recorded pages in DIR/<outlet>/ instead of the network.")
  Path replayDir;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  CrawlCommand.Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new UsageException("not an http(s) URL: " + url);
    }
    Settings settings = options.settings();
    OutletConfig outlet = outletId != null
        ? settings.outlet(outletId).orElseThrow(() -> new UsageException(
            "unknown outlet '" + outletId + "'"))
        : settings.outletForHost(parsed.host()).orElse(null);
    Path archiveDir = options.archiveDir(settings);
    SamplePage page;
    PageTrial.Learned learned = PageTrial.Learned.NONE;
    if (fromArchive) {
      if (!Files.isDirectory(archiveDir)) {
        throw new ArchiveException("no archive at " + archiveDir);
      }
      try (Archive archive = Archive.open(archiveDir, options.archiveOptions(settings))) {
        page = archived(archive, url);
        learned = learned(archive, outlet, settings.main().learnedBoilerplate());
      }
    } else {
      try (PoliteSite site = PoliteSite.open(settings, replayDir, settings.outlets())) {
        page = site.page(url);
      }
      learned = learnedIfArchived(archiveDir, options.archiveOptions(settings), outlet,
          settings);
    }
    PageTrial trial = PageTrial.of(page, outlet, new ArticleExtractor(settings.boilerplate()),
        settings.boilerplate(), learned);
    if (format == CrawlCommand.Format.json) {
      spec.commandLine().getOut().println(Json.line(TrialReport.json(trial)));
      spec.commandLine().getOut().flush();
    } else {
      TrialReport.text(trial, spec.commandLine().getOut());
    }
    return trial.stored().found() ? 0 : 1;
  }

  private static SamplePage archived(Archive archive, String url) {
    Capture capture = archive.latestCapture(url).orElseThrow(
        () -> new ArchiveException("no capture of " + url + " in the archive"));
    Exchange e = archive.read(capture);
    return new SamplePage(url, e.url(), e.status(), e.body(), e.declaredCharset(),
        "archive (captured " + e.fetchedAt() + ")");
  }

  /*
   * The archive's recurring paragraphs make the learned suspects; a try without an archive, or
   * beside one a daemon holds, still shows everything else.
   */
  private static PageTrial.Learned learnedIfArchived(Path dir,
      dev.kliping.archive.ArchiveOptions archiveOptions, OutletConfig outlet, Settings settings) {
    if (outlet == null || !Files.isDirectory(dir) || (archiveOptions.database() == null
        && !Files.isRegularFile(dir.resolve("kliping.mv.db")))) {
      return PageTrial.Learned.NONE;
    }
    try (Archive archive = Archive.open(dir, archiveOptions)) {
      return learned(archive, outlet, settings.main().learnedBoilerplate());
    } catch (ArchiveException e) {
      return PageTrial.Learned.NONE;
    }
  }

  static PageTrial.Learned learned(Archive archive, OutletConfig outlet,
      LearnedBoilerplateSettings settings) {
    if (outlet == null) {
      return PageTrial.Learned.NONE;
    }
    List<RepeatedParagraph> repeated = archive.repeatedParagraphs(outlet.id(), settings.window(),
        2);
    Map<String, Integer> counts = new HashMap<>();
    repeated.forEach(r -> counts.put(LearnedBoilerplate.key(r.text()), r.pages()));
    LearnedBoilerplate lines = !settings.enabled() ? LearnedBoilerplate.NONE
        : LearnedBoilerplate.of(repeated.stream()
            .filter(r -> r.pages() >= settings.minPages()).map(RepeatedParagraph::text).toList());
    return new PageTrial.Learned(lines, counts);
  }
}

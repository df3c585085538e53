package dev.kliping.cli;

import dev.kliping.config.ConfigException;
import dev.kliping.config.ConfigLoader;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.discover.ArticlePattern;
import dev.kliping.discover.SiteClues;
import dev.kliping.discover.UrlCanonicalizer;
import dev.kliping.extract.Article;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.extract.SuggestedRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kliping outlet new ID --sample URL...}: drafts {@code outlets/ID.yaml} from a few article
 * pages (hosts, feeds, robots.txt sitemaps, an article URL pattern, rules, a cron), loads it back
 * with the configuration, and tries it on every sample.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = "Writes outlets/ID.yaml from a few article pages, then tries it on each sample."
        + " Exit 0 when every sample passes, 1 when one fails (the file is kept, to mend).")
final class OutletNewCommand implements Callable<Integer> {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

  @Parameters(paramLabel = "ID", description = "The outlet's id: lower-case letters, digits, - and _.")
  String id;

  @Option(names = "--sample", paramLabel = "URL", required = true, arity = "1..*",
      description = "Article pages of the outlet (two or three of different days or sections).")
  List<String> samples;

  @Option(names = "--config", paramLabel = "DIR|FILE",
      description = "The configuration folder (holding kliping.yaml) or file whose outlets folder"
          + " gets the file (default: config/ here).")
  Path config;

  @Option(names = "--replay", paramLabel = "DIR",
      description = "Fetch from recorded pages in DIR/<outlet>/ (and DIR/ID/) instead of the"
          + " network.")
  Path replayDir;

  @Option(names = "--force", description = "Replace an existing outlet file.")
  boolean force;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!ID.matcher(id).matches()) {
      throw new UsageException("'" + id + "' is not an outlet id: use lower-case letters, digits,"
          + " - and _");
    }
    Path mainFile = mainFile();
    Settings settings = new ConfigLoader().load(mainFile);
    Path file = mainFile.toAbsolutePath().getParent().resolve(settings.main().outletsDir())
        .resolve(id + ".yaml");
    if (Files.exists(file) && !force) {
      throw new UsageException(file + " exists; --force replaces it");
    }
    List<String> urls = canonical(samples);
    List<String> hosts = urls.stream().map(u -> HttpUrl.get(u).host()).distinct().toList();
    OutletConfig provisional = new OutletConfig(id, id, hosts, null, null, null, null,
        List.of(".*"), null, null, null, null);
    List<OutletConfig> served = new ArrayList<>(settings.outlets());
    served.removeIf(o -> o.id().equals(id));
    served.add(provisional);
    PrintWriter out = spec.commandLine().getOut();
    try (PoliteSite site = PoliteSite.open(settings, replayDir, served)) {
      Map<String, SamplePage> pages = new LinkedHashMap<>();
      for (String url : urls) {
        pages.put(url, site.page(url));
      }
      OutletDraft draft = draft(settings, site, hosts, pages);
      byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
      Files.createDirectories(file.getParent());
      Files.writeString(file, draft.yaml());
      out.printf("wrote %s%n", file);
      OutletConfig written = loadBack(mainFile, file, before);
      return report(written, pages, new ArticleExtractor(settings.boilerplate()), settings, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /* --config DIR means DIR/kliping.yaml; without it, config/kliping.yaml here. */
  private Path mainFile() {
    Path main = config == null ? ConfigLocation.LOCAL
        : Files.isDirectory(config) ? config.resolve("kliping.yaml") : config;
    if (!Files.isRegularFile(main)) {
      throw new UsageException("no configuration to add the outlet to at " + main
          + " (name the folder holding kliping.yaml with --config DIR)");
    }
    return main;
  }

  private static List<String> canonical(List<String> samples) {
    UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
    List<String> out = new ArrayList<>();
    for (String s : samples) {
      if (HttpUrl.parse(s) == null) {
        throw new UsageException("not an http(s) URL: " + s);
      }
      String c = canonicalizer.canonical(s);
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private OutletDraft draft(Settings settings, PoliteSite site, List<String> hosts,
      Map<String, SamplePage> pages) {
    ArticleExtractor extractor = new ArticleExtractor(settings.boilerplate());
    List<SuggestedRules> suggestions = new ArrayList<>();
    List<String> feeds = new ArrayList<>();
    String name = null;
    String language = null;
    for (SamplePage page : pages.values()) {
      Article generic = extractor.extract(page.body(), page.charset(), page.finalUrl(),
          dev.kliping.extract.OutletRules.NONE, true);
      suggestions.add(dev.kliping.extract.RuleSuggester.suggest(page.body(), page.charset(),
          page.finalUrl(), generic));
      SiteClues clues = SiteClues.of(page.body(), page.charset(), page.finalUrl());
      name = name != null ? name : clues.siteName();
      language = language != null ? language : generic.language();
      clues.feeds().stream().filter(f -> onHosts(f, hosts) && !feeds.contains(f))
          .forEach(feeds::add);
    }
    List<String> sitemaps = new ArrayList<>();
    for (String host : hosts) {
      String sample = pages.keySet().stream().filter(u -> HttpUrl.get(u).host().equals(host))
          .findFirst().orElseThrow();
      site.sitemaps(sample).stream().filter(s -> onHosts(s, hosts) && !sitemaps.contains(s))
          .forEach(sitemaps::add);
    }
    List<String> listings = feeds.isEmpty() && sitemaps.isEmpty()
        ? hosts.stream().map(h -> "https://" + h + "/").toList() : List.of();
    return new OutletDraft(id, name == null ? id : name, List.copyOf(pages.keySet()), hosts,
        feeds, sitemaps, listings, ArticlePattern.of(List.copyOf(pages.keySet())),
        OutletDraft.cron(id), language(language), OutletDraft.merged(suggestions));
  }

  private static String language(String declared) {
    if (declared == null || !declared.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      return "id";
    }
    return declared;
  }

  private static boolean onHosts(String url, List<String> hosts) {
    HttpUrl u = HttpUrl.parse(url);
    return u != null && hosts.contains(u.host());
  }

  /*
   * The written file, read as every command will read it; a draft the loader refuses is taken
   * back (the file it replaced restored), so a bad draft never breaks the configuration.
   */
  private OutletConfig loadBack(Path mainFile, Path file, byte[] before) throws IOException {
    try {
      Settings again = new ConfigLoader().load(mainFile);
      return again.outlet(id).orElseGet(() -> {
        spec.commandLine().getOut().printf("note: %s lists its outlets by id; add %s to"
            + " `outlets:` to crawl it%n", mainFile, id);
        return new ConfigLoader().loadOutlet(file, id);
      });
    } catch (ConfigException e) {
      if (before == null) {
        Files.deleteIfExists(file);
      } else {
        Files.write(file, before);
      }
      throw e;
    }
  }

  private static int report(OutletConfig outlet, Map<String, SamplePage> pages,
      ArticleExtractor extractor, Settings settings, PrintWriter out) {
    out.printf("hosts %s; feeds %d, sitemaps %d, listings %d; article pattern %s%n",
        outlet.hosts(), outlet.feeds().size(), outlet.sitemaps().size(),
        outlet.listings().size(), outlet.articlePatterns());
    dev.kliping.discover.ArticleUrls articles = new dev.kliping.discover.ArticleUrls(outlet);
    int failed = 0;
    for (Map.Entry<String, SamplePage> e : pages.entrySet()) {
      PageTrial t = PageTrial.of(e.getValue(), outlet, extractor, settings.boilerplate(),
          PageTrial.Learned.NONE);
      // A sample given with a query (?page=all) is still the article its path names.
      String article = HttpUrl.get(e.getKey()).newBuilder().query(null).build().toString();
      List<String> problems = SampleVerdict.problems(t, articles.isArticle(article));
      out.printf("%s %s%n", problems.isEmpty() ? "pass" : "FAIL", e.getKey());
      if (problems.isEmpty()) {
        Article a = t.stored();
        out.printf("     title: %s; %d words; published %s%n", a.title(),
            TrialReport.words(a.text()), a.published());
      } else {
        failed++;
        problems.forEach(p -> out.printf("     %s%n", p));
      }
    }
    out.printf("%d of %d samples pass%n", pages.size() - failed, pages.size());
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}

package dev.kliping.cli;

import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.discover.BoundedGunzip;
import dev.kliping.extract.Article;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.extract.OutletRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import okhttp3.HttpUrl;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kliping extract}: extraction only, no archive; one JSON object per file per line. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extracts the article from saved pages (.html or .html.gz) as JSON lines.")
final class ExtractCommand implements Callable<Integer> {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  @Mixin ConfigOptions options;

  @ArgGroup(exclusive = true)
  Rules rules = new Rules();

  static final class Rules {
    @Option(names = "--outlet", paramLabel = "ID", description = "Use this outlet's rules.")
    String outlet;

    @Option(names = "--generic", description = "Use the generic extractor only.")
    boolean generic;
  }

  @Option(names = "--url", paramLabel = "URL",
      description = "The page's URL: resolves links, and its host picks the outlet's rules.")
  String url;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Pages to extract.")
  List<Path> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = options.settings();
    Optional<OutletConfig> outlet = chosen(settings, rules, url);
    ArticleExtractor extractor = new ArticleExtractor(settings.boilerplate());
    OutletRules outletRules = outlet.map(OutletConfig::rules).orElse(OutletRules.NONE);
    PrintWriter out = spec.commandLine().getOut();
    long maxBytes = settings.main().http().maxBodyBytes();
    for (Path file : files) {
      Article article = extractor.extract(read(file, maxBytes), null, url, outletRules, rules.generic);
      out.println(Json.line(fields(file, outlet.map(OutletConfig::id).orElse(null), article)));
    }
    out.flush();
    return 0;
  }

  /** The outlet whose rules apply: --outlet, else the --url's host; none with --generic. */
  static Optional<OutletConfig> chosen(Settings settings, Rules rules, String url) {
    if (rules.generic) {
      return Optional.empty();
    }
    if (rules.outlet != null) {
      return Optional.of(settings.outlet(rules.outlet)
          .orElseThrow(() -> new UsageException("unknown outlet '" + rules.outlet + "'")));
    }
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
    return parsed == null ? Optional.empty() : settings.outletForHost(parsed.host());
  }

  private Map<String, Object> fields(Path file, String outletId, Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file.toString());
    m.put("url", url);
    m.put("outlet", outletId);
    m.put("title", a.title());
    m.put("authors", a.authors());
    m.put("editors", a.editors());
    m.put("published", iso(a.published()));
    m.put("modified", iso(a.modified()));
    m.put("section", a.section());
    m.put("source_credit", a.sourceCredit());
    m.put("language", a.language());
    m.put("canonical_url", a.canonicalUrl());
    m.put("body", a.body());
    m.put("text", a.text());
    m.put("extractor", a.extractor());
    // Per metadata field, whose reading filled it: the outlet's rules or the generic extractor.
    Map<String, Object> sources = new LinkedHashMap<>();
    for (String field : Article.FIELDS) {
      sources.put(field, a.sources().get(field));
    }
    m.put("sources", sources);
    m.put("problem", a.problem());
    return m;
  }

  private static String iso(OffsetDateTime time) {
    return time == null ? null : ISO.format(time);
  }

  /**
   * The page's bytes, gunzipped for {@code .gz}, at most maxBytes of them: the limit the crawler
   * puts on a response body, so a gzip bomb is refused here as it is there.
   */
  static byte[] read(Path file, long maxBytes) {
    try (InputStream in = Files.newInputStream(file)) {
      return file.getFileName().toString().endsWith(".gz")
          ? BoundedGunzip.gunzip(in, maxBytes) : BoundedGunzip.readAtMost(in, maxBytes);
    } catch (IllegalArgumentException e) {
      throw new UncheckedIOException("cannot read " + file + ": it " + e.getMessage()
          + " (http.max_body_bytes)", new IOException(e));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}

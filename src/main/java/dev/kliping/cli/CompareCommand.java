package dev.kliping.cli;

import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.extract.Article;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.extract.OutletRules;
import dev.kliping.version.ArticleDiff;
import dev.kliping.version.ChangeKind;
import dev.kliping.version.Changes;
import dev.kliping.version.FieldChange;
import dev.kliping.version.NormalizedArticle;
import dev.kliping.version.SentenceChange;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kliping compare OLD NEW}: extracts two saved pages and prints the diff a crawl would
 * store between them, so anyone can check a classification without an archive.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Extracts two saved pages (.html or .html.gz) and prints what a crawl would "
        + "store as their diff: significance, kinds, summary, aligned sentences, fields.",
        "Exit 0 when both pages hold an article, 1 when one does not."})
final class CompareCommand implements Callable<Integer> {
  enum Format { text, json }

  @Mixin ConfigOptions options;

  @ArgGroup(exclusive = true)
  ExtractCommand.Rules rules = new ExtractCommand.Rules();

  @Option(names = "--url", paramLabel = "URL",
      description = "The pages' URL: resolves links, and its host picks the outlet's rules.")
  String url;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older page.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer page.")
  Path newer;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    for (Path p : new Path[] {older, newer}) {
      if (!Files.isRegularFile(p)) {
        throw new UsageException("no such file: " + p);
      }
    }
    Settings settings = options.settings();
    Optional<OutletConfig> outlet = ExtractCommand.chosen(settings, rules, url);
    ArticleExtractor extractor = new ArticleExtractor(settings.boilerplate());
    long maxBytes = settings.main().http().maxBodyBytes();
    NormalizedArticle before = extract(extractor, outlet, older, maxBytes);
    NormalizedArticle after = extract(extractor, outlet, newer, maxBytes);
    if (before == null || after == null) {
      return 1;
    }
    Changes changes = ArticleDiff.between(before, after);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(Json.line(changes));
    } else {
      printText(changes, out);
    }
    out.flush();
    return 0;
  }

  /** The page's article in the form the archive stores, or null (reported) when it has none. */
  private NormalizedArticle extract(ArticleExtractor extractor, Optional<OutletConfig> outlet,
      Path file, long maxBytes) {
    OutletRules outletRules = outlet.map(OutletConfig::rules).orElse(OutletRules.NONE);
    Article a = extractor.extract(ExtractCommand.read(file, maxBytes), null, url, outletRules,
        rules.generic);
    if (a.found()) {
      a = a.withDefaultLanguage(outlet.map(OutletConfig::language).orElse(null));
    }
    NormalizedArticle n = NormalizedArticle.of(a);
    if (!a.found() || n.paragraphs().isEmpty()) {
      spec.commandLine().getErr().println("kliping: " + file + ": no article: "
          + (a.problem() == null ? "no body" : a.problem()));
      return null;
    }
    return n;
  }

  private static void printText(Changes c, PrintWriter out) {
    if (c.isEmpty()) {
      out.println("no change: a crawl would store no new version");
      return;
    }
    out.printf("%s (%s): %s%n", c.significance().label(), kinds(c.kinds()), c.summary());
    for (FieldChange f : c.fields()) {
      out.printf("  %s [%s]: %s -> %s%n", f.field(), kinds(f.kinds()), f.before(), f.after());
    }
    for (SentenceChange s : c.changedSentences()) {
      out.printf("  %s %s [%s]%n", s.field(), s.op().label(), kinds(s.kinds()));
      if (s.oldText() != null && s.op() != SentenceChange.Op.ADDED) {
        out.println("    - " + s.oldText());
      }
      if (s.newText() != null && s.op() != SentenceChange.Op.REMOVED) {
        out.println("    + " + s.newText());
      }
    }
  }

  static String kinds(List<ChangeKind> kinds) {
    return kinds.stream().map(ChangeKind::label)
        .collect(Collectors.joining(", "));
  }
}

package dev.kliping.extract;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * The extractor kliping uses: the outlet's rules first, the {@link GenericExtractor} when they
 * find too little or when there are none. Stateless after construction and thread-safe.
 */
public final class ArticleExtractor implements Extractor {

  /* Pages above this are not articles; parsing them would cost seconds and hundreds of MB. */
  static final int MAX_BYTES = 16 * 1024 * 1024;
  /* Below this many words the rules have missed the body (a teaser, a caption, a login wall). */
  static final int MIN_RULES_WORDS = 50;

  private final Boilerplate defaults;
  /* Compiled once: building a filter compiles the catalogue's patterns. */
  private final BoilerplateFilter defaultFilter;
  private final GenericExtractor generic = new GenericExtractor();

  /** An extractor applying {@code defaults} (the language's boilerplate catalogue) everywhere. */
  public ArticleExtractor(Boilerplate defaults) {
    this.defaults = Objects.requireNonNull(defaults, "defaults");
    this.defaultFilter = new BoilerplateFilter(defaults);
  }

  @Override
  public Article extract(byte[] html, String charset, String url, OutletRules rules,
      LearnedBoilerplate learned, boolean forceGeneric) {
    OutletRules r = forceGeneric || rules == null ? OutletRules.NONE : rules;
    LearnedBoilerplate drop = (learned == null ? LearnedBoilerplate.NONE : learned)
        .without(rules == null ? List.of() : rules.keep());
    String problem = PageCheck.problem(html, MAX_BYTES);
    if (problem != null) {
      return Article.notFound(Article.GENERIC, "no article found: " + problem);
    }
    try {
      Document doc = PageDecoder.parse(html, charset, url == null ? "" : url);
      Article article = extract(doc, url, r, drop);
      if (r.equals(OutletRules.NONE) || !article.found() || !article.lacksAField()) {
        return article;
      }
      // Field by field: what the outlet's rules leave empty, the generic reading of the same
      // page (JSON-LD, meta tags, bylines) may know. The rules changed the page: parse again.
      Document again = PageDecoder.parse(html, charset, url == null ? "" : url);
      return article.completedBy(extract(again, url, OutletRules.NONE, drop), Article.GENERIC);
    } catch (RuntimeException | StackOverflowError e) {
      // A safety net: extraction is heuristic code over hostile input, and one bad page must
      // not stop a crawl. The reason is kept on the article.
      return Article.notFound(Article.GENERIC, "no article found: extraction failed: " + e);
    }
  }

  private Article extract(Document doc, String url, OutletRules rules,
      LearnedBoilerplate learned) {
    // Without rules that select or remove, the page stays as parsed until the generic extractor
    // reads it: one walk then serves the metadata and the body.
    PageReader.Read read = rules.body().isEmpty() && rules.remove().isEmpty()
        ? PageReader.read(doc) : null;
    Page page = Page.of(doc, url, rules, new DateParser(zone(rules.zone())),
        read != null ? read.index() : PageIndex.of(doc));
    BoilerplateFilter filter = rules.boilerplate().equals(Boilerplate.NONE) ? defaultFilter
        : new BoilerplateFilter(defaults.plus(rules.boilerplate()));
    BodyCleaner cleaner = new BodyCleaner(filter, new BylineParser(page.parser()), learned);
    String title = Titles.find(doc, page.index(), rules.title());
    Metadata meta = Metadata.read(page);
    List<String> continuations = Pagination.links(doc, url, rules.pagination());

    for (String remove : rules.remove()) {
      Selectors.select(doc, remove).remove();
    }
    Body body = Body.EMPTY;
    String extractor = Article.GENERIC;
    if (!rules.body().isEmpty()) {
      body = cleaner.clean(BlockReader.read(Selectors.first(doc, rules.body())), title);
      extractor = Article.OUTLET;
    }
    if (body.words() < MIN_RULES_WORDS) {
      Regions regions = (read != null ? read : PageReader.read(doc)).regions();
      Body fallback = cleaner.clean(generic.blocks(regions, page.jsonLd()), title);
      // Every paragraph has a word: without rules' paragraphs, any fallback paragraph wins.
      if (body.paragraphs().isEmpty() ? !fallback.paragraphs().isEmpty()
          : fallback.words() > body.words()) {
        body = fallback;
        extractor = Article.GENERIC;
      }
    }
    if (body.paragraphs().isEmpty()) {
      return Article.notFound(extractor, "no article found: no text that reads as an article");
    }
    return meta.article(title, body, extractor, continuations, page);
  }

  private static ZoneOffset zone(String zone) {
    try {
      return zone == null || zone.isBlank() ? ZoneOffset.ofHours(7) : ZoneOffset.of(zone.strip());
    } catch (RuntimeException e) {
      return ZoneOffset.ofHours(7);
    }
  }
}

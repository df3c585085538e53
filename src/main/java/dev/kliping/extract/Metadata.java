package dev.kliping.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Metadata read from the page before the body is cut out of it (the outlet's author and editor
 * selectors may point outside the body), completed by the body's metadata lines at the end.
 */
record Metadata(List<String> authors, List<String> editors, String sourceCredit, String section,
    String language, String canonicalUrl, OffsetDateTime modified, List<String> declaredAuthors) {

  static Metadata read(Page page) {
    var doc = page.doc();
    var rules = page.rules();
    return new Metadata(
        PageMetadata.people(doc, rules.authors()),
        PageMetadata.people(doc, rules.editors()),
        sourceCredit(Selectors.firstText(doc, rules.sourceCredit())),
        PageMetadata.section(doc, page.index(), rules, page.jsonLd()),
        PageMetadata.language(doc, page.index()),
        PageMetadata.canonicalUrl(page.index()),
        new Dates(page.parser()).modified(doc, page.index(), rules, page.jsonLd()),
        page.generic() ? PageMetadata.declaredAuthors(page.index(), page.jsonLd()) : List.of());
  }

  /** The article: selectors win over the body's metadata lines, which win over declared data. */
  Article article(String title, Body body, String extractor, List<String> continuations,
      Page page) {
    Byline line = body.byline();
    List<String> a = !authors.isEmpty() ? authors
        : !line.authors().isEmpty() ? line.authors() : declaredAuthors;
    List<String> e = !editors.isEmpty() ? editors : line.editors();
    String credit = sourceCredit != null ? sourceCredit : line.sourceCredit();
    OffsetDateTime published = new Dates(page.parser()).published(page.doc(), page.index(), page.url(),
        page.rules(), page.jsonLd(), line.published(), body.paragraphs());
    Article article = new Article(title, a, e, published, modified, section, credit, language,
        canonicalUrl, body.paragraphs(), extractor, continuations, null);
    return new Article(title, a, e, published, modified, section, credit, language, canonicalUrl,
        body.paragraphs(), extractor, continuations, null,
        Article.sources(article, page.generic() ? Article.GENERIC : Article.OUTLET));
  }

  /* A selector may catch the label too: "Sumber : The Associated Press". */
  private static String sourceCredit(String text) {
    return text == null ? null : Text.orNull(text.replaceFirst("(?iu)^sumber\\s*:\\s*", ""));
  }
}

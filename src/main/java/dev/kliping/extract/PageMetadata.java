package dev.kliping.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/** Page-level metadata that does not depend on the body: language, canonical URL, section. */
final class PageMetadata {

  private static final Evaluator CONTENT_LANGUAGE =
      PageIndex.query("meta[http-equiv=content-language]");
  private static final Evaluator OG_LOCALE = PageIndex.query("meta[property=og:locale]");
  private static final Evaluator CANONICAL = PageIndex.query("link[rel=canonical][href]");
  private static final Evaluator OG_URL = PageIndex.query("meta[property=og:url][content]");
  private static final Evaluator ARTICLE_SECTION =
      PageIndex.query("meta[property=article:section]");
  private static final Evaluator AUTHOR = PageIndex.query("meta[name=author]");
  private static final Evaluator SITE_NAME = PageIndex.query("meta[property=og:site_name]");

  private PageMetadata() {}

  /** The page's declared language ({@code html[lang]}, then meta tags), or null. */
  static String language(Document doc, PageIndex index) {
    Element html = null;
    for (Element child : doc.children()) {
      if (child.normalName().equals("html")) {
        html = child;
      }
    }
    String lang = html == null ? null : Text.orNull(html.attr("lang"));
    if (lang == null) {
      lang = Text.orNull(index.metas(CONTENT_LANGUAGE).attr("content"));
    }
    if (lang == null) {
      lang = Text.orNull(index.metas(OG_LOCALE).attr("content"));
    }
    return lang == null ? null : lang.replace('_', '-');
  }

  /** {@code link[rel=canonical]}, else {@code og:url}, made absolute; null when neither. */
  static String canonicalUrl(PageIndex index) {
    Element link = index.links(CANONICAL).first();
    String url = link == null ? null : Text.orNull(absolute(link, "href"));
    if (url == null) {
      Element og = index.metas(OG_URL).first();
      url = og == null ? null : Text.orNull(absolute(og, "content"));
      if (url == null && og != null) {
        url = Text.orNull(og.attr("content"));
      }
    }
    return url;
  }

  /*
   * What absUrl gives, without its cost (two regular expressions and java.net.URL parsing) for the
   * usual value: an absolute http(s) URL of plain characters with no dot segments, which URL
   * resolution returns unchanged.
   */
  static String absolute(Element e, String attr) {
    String v = e.attr(attr);
    return plainAbsolute(v) ? v : e.absUrl(attr);
  }

  static boolean plainAbsolute(String v) {
    if (!v.startsWith("https://") && !v.startsWith("http://")) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c <= ' ' || c >= 0x7F || c == '\\') {
        return false;
      }
    }
    return !v.contains("/.") && v.indexOf('/', v.indexOf("//") + 2) > 0;
  }

  /** The outlet's section selector, else {@code article:section}, else JSON-LD; or null. */
  static String section(Document doc, PageIndex index, OutletRules rules, JsonLd jsonLd) {
    String s = Selectors.firstText(doc, rules.section());
    if (s == null) {
      s = Text.orNull(index.metas(ARTICLE_SECTION).attr("content"));
    }
    if (s == null) {
      s = Text.orNull(jsonLd.first("articleSection"));
    }
    return s;
  }

  /** People named by the outlet's selectors (labels such as "Penulis :" removed). */
  static List<String> people(Document doc, List<String> selectors) {
    List<String> names = new ArrayList<>();
    for (Element e : Selectors.first(doc, selectors)) {
      for (String n : Names.split(Selectors.value(e))) {
        if (!names.contains(n)) {
          names.add(n);
        }
      }
    }
    return names;
  }

  /** Authors the page declares for machines: JSON-LD, then {@code meta[name=author]}. */
  static List<String> declaredAuthors(PageIndex index, JsonLd jsonLd) {
    List<String> names = new ArrayList<>();
    for (String n : jsonLd.authors()) {
      names.addAll(Names.split(n));
    }
    if (names.isEmpty()) {
      String meta = Text.orNull(index.metas(AUTHOR).attr("content"));
      if (meta != null && !meta.contains("://")) {
        names.addAll(Names.split(meta));
      }
    }
    // Blogs and small sites declare the site itself as the author: the publisher, not a person.
    String site = Text.orNull(index.metas(SITE_NAME).attr("content"));
    if (site != null) {
      names.removeIf(n -> n.equalsIgnoreCase(site.strip()));
    }
    return names;
  }
}

package dev.kliping.extract;

import java.util.List;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The few kinds of element that metadata comes from ({@code meta}, {@code link}, {@code time},
 * {@code h1}, JSON-LD scripts), gathered in one walk over the page. Each metadata lookup then
 * runs its selector over these short lists instead of walking the whole page again: a dozen
 * such walks cost as much as parsing the page. Immutable after construction.
 */
final class PageIndex {

  private final Elements metas = new Elements();
  private final Elements links = new Elements();
  private final Elements times = new Elements();
  private final Elements headings = new Elements();
  private final Elements scripts = new Elements();
  private Element title;

  PageIndex() {}

  /** Indexes {@code doc} in document order. */
  static PageIndex of(Document doc) {
    PageIndex index = new PageIndex();
    index.addAll(doc);
    return index;
  }

  /** Indexes {@code root} and everything under it, in document order. */
  void addAll(Element root) {
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e) {
        add(e);
      }
    }, root);
  }

  /** A selector compiled once, for the lookups below. */
  static Evaluator query(String css) {
    return QueryParser.parse(css);
  }

  /** Indexes one element; elements must come in document order. */
  void add(Element e) {
    switch (e.normalName()) {
      case "meta" -> metas.add(e);
      case "link" -> links.add(e);
      case "time" -> {
        if (e.hasAttr("datetime")) {
          times.add(e);
        }
      }
      case "h1" -> headings.add(e);
      case "title" -> {
        if (title == null && inHead(e)) {
          title = e;
        }
      }
      case "script" -> {
        if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
          scripts.add(e);
        }
      }
      default -> { }
    }
  }

  /* Document.title() reads the first title in the document's head, not one in an svg. */
  private static boolean inHead(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("head")) {
        return p.parent() != null && p.parent().parent() instanceof Document;
      }
    }
    return false;
  }

  /** The page's title as {@link Document#title()} gives it: whitespace normalised, "" for none. */
  String title() {
    return title == null ? "" : StringUtil.normaliseWhitespace(title.text()).trim();
  }

  /** The {@code meta} tags matching {@code query}, in document order. */
  Elements metas(Evaluator query) {
    return matching(query, metas);
  }

  /** The {@code link} tags matching {@code query}, in document order. */
  Elements links(Evaluator query) {
    return matching(query, links);
  }

  /* Both kinds are empty elements, so each is its own root for the evaluator. */
  private static Elements matching(Evaluator query, Elements candidates) {
    Elements out = new Elements();
    for (Element e : candidates) {
      if (query.matches(e, e)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Every {@code time} element with a {@code datetime} attribute. */
  List<Element> times() {
    return times;
  }

  /** Every {@code h1} element. */
  List<Element> headings() {
    return headings;
  }

  /** The JSON-LD script elements. */
  List<Element> jsonLdScripts() {
    return scripts;
  }
}

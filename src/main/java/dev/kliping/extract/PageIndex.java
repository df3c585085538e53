package dev.kliping.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

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

  private PageIndex() {}

  /** Indexes {@code doc} in document order. */
  static PageIndex of(Document doc) {
    PageIndex index = new PageIndex();
    for (Element e : doc.getAllElements()) {
      switch (e.normalName()) {
        case "meta" -> index.metas.add(e);
        case "link" -> index.links.add(e);
        case "time" -> {
          if (e.hasAttr("datetime")) {
            index.times.add(e);
          }
        }
        case "h1" -> index.headings.add(e);
        case "script" -> {
          if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
            index.scripts.add(e);
          }
        }
        default -> { }
      }
    }
    return index;
  }

  /** The {@code meta} tags matching {@code query} (a selector such as {@code meta[name=author]}). */
  Elements metas(String query) {
    return Selector.select(query, metas);
  }

  /** The {@code link} tags matching {@code query}. */
  Elements links(String query) {
    return Selector.select(query, links);
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

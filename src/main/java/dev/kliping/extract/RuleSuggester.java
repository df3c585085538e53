package dev.kliping.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Proposes an outlet's selectors from where the generic extractor found each field on one page:
 * the headline's element, the smallest container of the body's paragraphs, the element that says
 * the publication date, and the byline's element, each named by a {@link StableSelector}. Pure:
 * bytes and the generic reading in, selectors out; thread-safe.
 */
public final class RuleSuggester {

  /* Machine-readable dates, steadier than any visible one: tried first. */
  private static final List<String> DATE_TAGS = List.of("meta[property=article:published_time]",
      "meta[itemprop=datePublished]", "meta[name=pubdate]", "time[datetime]",
      "[itemprop=datePublished]");
  /* A byline or a date line is short; a paragraph that names the author is not one. */
  private static final int MAX_LINE_CHARS = 120;
  /* A named ancestor of the body's container may hold a little more (its heading, a caption). */
  private static final double MAX_BODY_GROWTH = 1.5;

  private RuleSuggester() {}

  /**
   * @param generic the generic extractor's reading of the same page
   *     ({@code extract(..., forceGeneric = true)})
   */
  public static SuggestedRules suggest(byte[] html, String charset, String url, Article generic) {
    if (!generic.found()) {
      return new SuggestedRules(null, null, null, null);
    }
    Document doc = PageDecoder.parse(html, charset, url == null ? "" : url);
    return new SuggestedRules(title(doc, generic.title()), body(doc, generic.body()),
        published(doc, generic.published()), authors(doc, generic.authors()));
  }

  private static List<String> title(Document doc, String title) {
    if (title == null) {
      return List.of();
    }
    for (Element h : doc.select("h1, h2")) {
      if (Text.clean(h.text()).equalsIgnoreCase(Text.clean(title))) {
        return named(doc, h);
      }
    }
    Element og = doc.selectFirst("meta[property=og:title]");
    return og != null && Text.clean(og.attr("content")).contains(Text.clean(title))
        ? List.of("meta[property=og:title]") : List.of();
  }

  /* The smallest element holding every paragraph the generic extractor kept. */
  private static List<String> body(Document doc, List<String> paragraphs) {
    PageReader.Read read = PageReader.read(doc);
    List<Block> blocks = new GenericExtractor().blocks(read.regions(), JsonLd.of(read.index()));
    Set<String> kept = new HashSet<>();
    paragraphs.forEach(p -> kept.add(Text.clean(p)));
    Element container = null;
    for (Block b : blocks) {
      if (kept.contains(Text.clean(b.text()))) {
        container = container == null ? b.owner() : common(container, b.owner());
      }
    }
    if (container == null || container == doc.body()) {
      return List.of();
    }
    int chars = container.text().length();
    for (Element e = container; e != null && e != doc.body(); e = e.parent()) {
      if (e.text().length() > MAX_BODY_GROWTH * chars) {
        break;
      }
      String s = StableSelector.of(doc, e);
      if (s != null) {
        return List.of(s);
      }
    }
    return List.of();
  }

  private static List<String> published(Document doc, OffsetDateTime published) {
    if (published == null) {
      return List.of();
    }
    DateParser parser = new DateParser(published.getOffset());
    for (String tag : DATE_TAGS) {
      Element e = doc.selectFirst(tag);
      if (e != null && sameDay(parser, Selectors.value(e), published)) {
        return List.of(tag);
      }
    }
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      String text = e.ownText();
      if (!text.isBlank() && e.text().length() <= MAX_LINE_CHARS
          && sameDay(parser, e.text(), published)) {
        return named(doc, e);
      }
    }
    return List.of();
  }

  private static List<String> authors(Document doc, List<String> authors) {
    if (authors.isEmpty()) {
      return List.of();
    }
    String name = authors.get(0);
    Element best = null;
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      String text = e.text();
      if (text.length() <= MAX_LINE_CHARS && text.contains(name)
          && (best == null || text.length() < best.text().length())) {
        best = e;
      }
    }
    if (best != null) {
      List<String> s = named(doc, best);
      if (!s.isEmpty()) {
        return s;
      }
    }
    Element meta = doc.selectFirst("meta[name=author]");
    return meta != null && meta.attr("content").contains(name)
        ? List.of("meta[name=author]") : List.of();
  }

  private static boolean sameDay(DateParser parser, String text, OffsetDateTime expected) {
    return parser.parse(text)
        .map(d -> d.toLocalDate().equals(expected.atZoneSameInstant(d.getOffset()).toLocalDate()))
        .orElse(false);
  }

  private static List<String> named(Element root, Element e) {
    String s = StableSelector.of(root, e);
    return s == null ? List.of() : List.of(s);
  }

  private static Element common(Element a, Element b) {
    List<Element> chain = new ArrayList<>();
    for (Element p = a; p != null; p = p.parent()) {
      chain.add(p);
    }
    for (Element p = b; p != null; p = p.parent()) {
      if (containsSame(chain, p)) {
        return p;
      }
    }
    return a.ownerDocument();
  }

  private static boolean containsSame(List<Element> chain, Element e) {
    for (Element c : chain) {
      if (c == e) {
        return true;
      }
    }
    return false;
  }
}

package dev.kliping.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds a page's publication and modification dates, preferring machine-readable sources to
 * visible text: the outlet's selectors, {@code article:published_time}, {@code meta[name=pubdate]},
 * JSON-LD, {@code time[datetime]}, the date in the URL path, then dates printed on the page.
 */
final class Dates {

  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|-)");
  private static final Pattern URL_YEAR = Pattern.compile("/((?:19|20)\\d{2})/");
  private static final String PUBLISHED_META = "meta[property=article:published_time],"
      + " meta[name=pubdate], meta[name=publishdate], meta[name=publish-date],"
      + " meta[itemprop=datePublished], meta[property=og:published_time], meta[name=date],"
      + " meta[name=dc.date], meta[name=DC.date.issued]";
  private static final String MODIFIED_META = "meta[property=article:modified_time],"
      + " meta[itemprop=dateModified], meta[property=og:updated_time], meta[name=lastmod]";
  /* Words in a class (all) or id (the first four) that say an element holds the visible date. */
  private static final List<String> DATE_CLASS_WORDS =
      List.of("date", "time", "publish", "tanggal", "posted", "waktu");
  private static final int MAX_VISIBLE = 10;

  private static final Evaluator PUBLISHED = PageIndex.query(PUBLISHED_META);
  private static final Evaluator MODIFIED = PageIndex.query(MODIFIED_META);

  private final DateParser parser;

  Dates(DateParser parser) {
    this.parser = parser;
  }

  /**
   * The publication date; {@code bylineDate} is one read from a byline line, may be null, and
   * {@code paragraphs} the body, read only when nothing else gives a date.
   */
  OffsetDateTime published(Document doc, PageIndex index, String url, OutletRules rules,
      JsonLd jsonLd,
      OffsetDateTime bylineDate, List<String> paragraphs) {
    return fromSelectors(doc, rules.published())
        .or(() -> fromElements(index.metas(PUBLISHED)))
        .or(() -> parse(jsonLd.first("datePublished")))
        .or(() -> fromElements(index.times()))
        .or(() -> fromUrl(url))
        .or(() -> Optional.ofNullable(bylineDate))
        .or(() -> visible(doc))
        .or(() -> parser.parseInText(String.join("\n", paragraphs), yearFromUrl(url)))
        .orElse(null);
  }

  /** The last-modified date, or null. */
  OffsetDateTime modified(Document doc, PageIndex index, OutletRules rules, JsonLd jsonLd) {
    return fromSelectors(doc, rules.modified())
        .or(() -> fromElements(index.metas(MODIFIED)))
        .or(() -> parse(jsonLd.first("dateModified")))
        .orElse(null);
  }

  private Optional<OffsetDateTime> fromSelectors(Document doc, List<String> selectors) {
    for (String s : selectors) {
      Optional<OffsetDateTime> d = fromElements(Selectors.select(doc, s));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private Optional<OffsetDateTime> fromElements(List<Element> elements) {
    for (Element e : elements) {
      Optional<OffsetDateTime> d = parse(Selectors.value(e));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private Optional<OffsetDateTime> parse(String text) {
    return parser.parse(text);
  }

  private Optional<OffsetDateTime> fromUrl(String url) {
    Matcher m = URL_DATE.matcher(url == null ? "" : url);
    return m.find() ? parser.parse(m.group(1) + "-" + two(m.group(2)) + "-" + two(m.group(3)))
        : Optional.empty();
  }

  private Optional<OffsetDateTime> visible(Document doc) {
    List<Element> found = new ArrayList<>();
    if (doc.body() != null) {
      // Stops at the first few: far down the page dates belong to other stories, and a
      // selector would walk the whole page testing a regular expression on every element.
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if (node instanceof Element e && datedByName(e)) {
            found.add(e);
          }
          return found.size() >= MAX_VISIBLE ? FilterResult.STOP : FilterResult.CONTINUE;
        }
      }, doc.body());
    }
    for (Element e : found) {
      String text = e.ownText().isBlank() ? e.text() : e.ownText();
      if (text.length() < 200) {
        Optional<OffsetDateTime> d = parse(text);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /* Class or id naming a date: "date", "post-time", "tanggal", "publish-info"... */
  private static boolean datedByName(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    String cls = e.className().toLowerCase(Locale.ROOT);
    String id = e.id().toLowerCase(Locale.ROOT);
    for (String w : DATE_CLASS_WORDS) {
      if (cls.contains(w) || (!w.equals("posted") && !w.equals("waktu") && id.contains(w))) {
        return true;
      }
    }
    return false;
  }

  private static Integer yearFromUrl(String url) {
    Matcher m = URL_YEAR.matcher(url == null ? "" : url);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  private static String two(String n) {
    return n.length() == 1 ? "0" + n : n;
  }
}

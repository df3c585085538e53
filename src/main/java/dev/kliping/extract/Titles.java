package dev.kliping.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/** Finds a page's headline: the outlet's selector, else the page's own title tags and h1. */
final class Titles {

  private static final Evaluator SOCIAL_TITLE =
      PageIndex.query("meta[property=og:title], meta[name=twitter:title]");

  private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " » ",
      " · ");
  /* A site name after the separator is short; a subtitle is not. */
  private static final int MAX_SUFFIX_WORDS = 5;

  private Titles() {}

  /** The headline, or null when the page has none. */
  static String find(Document doc, PageIndex index, List<String> selectors) {
    String fromRules = Selectors.firstText(doc, selectors);
    if (fromRules != null) {
      return fromRules;
    }
    String h1 = firstH1(index);
    String og = Text.orNull(index.metas(SOCIAL_TITLE)
        .attr("content"));
    String title = Text.orNull(index.title());
    for (String candidate : new String[] {og, title}) {
      if (candidate != null && h1 != null && contains(candidate, h1)) {
        return h1;
      }
    }
    if (og != null) {
      return stripSiteName(og);
    }
    if (title != null) {
      return stripSiteName(title);
    }
    return h1;
  }

  /** "Headline - Outlet" and "Headline | Outlet" without the outlet's name. */
  static String stripSiteName(String title) {
    String t = Text.clean(title);
    for (int round = 0; round < 2; round++) {
      int best = -1;
      for (String sep : SEPARATORS) {
        best = Math.max(best, t.lastIndexOf(sep));
      }
      if (best <= 0) {
        break;
      }
      String head = t.substring(0, best).strip();
      String tail = t.substring(best + 2).strip();
      if (Text.words(tail) > MAX_SUFFIX_WORDS || Text.words(head) < 2) {
        break;
      }
      t = head;
    }
    return t;
  }

  private static String firstH1(PageIndex index) {
    for (Element h : index.headings()) {
      String t = Text.orNull(h.text());
      if (t != null && Text.words(t) >= 2) {
        return t;
      }
    }
    return null;
  }

  private static boolean contains(String outer, String inner) {
    return outer.toLowerCase(Locale.ROOT).contains(inner.toLowerCase(Locale.ROOT));
  }
}

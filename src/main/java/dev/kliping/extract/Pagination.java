package dev.kliping.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Links to the other pages of a multi-page article, found by the outlet's pagination selectors. */
final class Pagination {

  private Pagination() {}

  /** Absolute URLs in page order, without duplicates, fragments or the page itself. */
  static List<String> links(Document doc, String url, List<String> selectors) {
    List<String> out = new ArrayList<>();
    if (selectors.isEmpty()) {
      return out;
    }
    String self = key(url == null ? "" : url);
    for (String selector : selectors) {
      for (Element a : Selectors.select(doc, selector)) {
        String href = a.absUrl("href");
        if (href.isEmpty() || !href.startsWith("http")) {
          continue;
        }
        String clean = stripFragment(href);
        if (!key(clean).equals(self) && !out.contains(clean)) {
          out.add(clean);
        }
      }
    }
    return out;
  }

  private static String stripFragment(String u) {
    int hash = u.indexOf('#');
    return hash < 0 ? u : u.substring(0, hash);
  }

  /* The same page may be linked with or without a trailing slash. */
  private static String key(String u) {
    String k = stripFragment(u);
    return k.endsWith("/") ? k.substring(0, k.length() - 1) : k;
  }
}

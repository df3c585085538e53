package dev.kliping.discover;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads article links from an HTML listing page. Pure: bytes in, absolute links out; hostile
 * markup (deep nesting, broken tags, bad charsets) gives the links it can find, never an error.
 */
public final class ListingLinks {
  private final String selector;

  /** @param selector the links to take, or null for every {@code a[href]} on the page */
  public ListingLinks(String selector) {
    this.selector = selector == null ? "a[href]" : selector;
  }

  public List<String> links(byte[] html, String charset, String pageUrl) {
    Document doc = HtmlPages.parse(html, charset, pageUrl);
    List<String> links = new ArrayList<>();
    for (Element a : doc.select(selector)) {
      String href = a.absUrl("href");
      if (!href.isEmpty()) {
        links.add(href);
      }
    }
    return links;
  }
}

package dev.kliping.discover;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the URL a page declares as its canonical one ({@code <link rel=canonical href>}). Pure;
 * whether to believe it is {@link UrlCanonicalizer#canonical(String, String)}'s decision.
 */
public final class CanonicalLink {
  private CanonicalLink() {}

  /** The absolute URL of the page's first canonical link, or null when it has none. */
  public static String of(Document page) {
    for (Element link : page.select("link[rel][href]")) {
      // rel is a space-separated list of link types, case-insensitive.
      for (String type : link.attr("rel").trim().split("\\s+")) {
        if (type.equalsIgnoreCase("canonical")) {
          String href = link.absUrl("href");
          return href.isEmpty() ? null : href;
        }
      }
    }
    return null;
  }

  /** As {@link #of(Document)}, parsing the page first. */
  public static String of(byte[] html, String charset, String pageUrl) {
    return of(HtmlPages.parse(html, charset, pageUrl));
  }
}

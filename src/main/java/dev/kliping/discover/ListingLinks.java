package dev.kliping.discover;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads article links from an HTML listing page. Pure: bytes in, absolute links out. */
public final class ListingLinks {
  private final String selector;

  /** @param selector the links to take, or null for every {@code a[href]} on the page */
  public ListingLinks(String selector) {
    this.selector = selector == null ? "a[href]" : selector;
  }

  public List<String> links(byte[] html, String charset, String pageUrl) {
    Document doc = Jsoup.parse(new String(html, charsetOrUtf8(charset)), pageUrl);
    List<String> links = new ArrayList<>();
    for (Element a : doc.select(selector)) {
      String href = a.absUrl("href");
      if (!href.isEmpty()) {
        links.add(href);
      }
    }
    return links;
  }

  private static Charset charsetOrUtf8(String name) {
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      // An unknown or malformed charset name: most Indonesian outlets serve UTF-8.
      return StandardCharsets.UTF_8;
    }
  }
}

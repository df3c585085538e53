package dev.kliping.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Builds pages as jsoup element trees: text goes in through {@link Element#text} and
 * {@link Element#appendText}, attributes through {@link Element#attr}, and jsoup escapes both
 * when it writes the page. Archived text is never concatenated into markup, so it can only ever
 * show as text.
 */
final class Html {
  private Html() {}

  /**
   * An empty page with the site's header; add content to {@link #main}. The doctype keeps
   * browsers out of quirks mode (where tables, fonts and boxes size differently).
   */
  static Document page(String title) {
    Document doc = Document.createShell("");
    doc.prependChild(new DocumentType("html", "", ""));
    doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
    doc.title(title + " · kliping");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("link").attr("rel", "stylesheet").attr("href", "/static/kliping.css");
    Element nav = doc.body().appendElement("header").appendElement("nav");
    nav.appendElement("a").attr("href", "/").addClass("brand").text("kliping");
    nav.appendElement("a").attr("href", "/").text("Search");
    nav.appendElement("a").attr("href", "/outlets").text("Outlets");
    nav.appendElement("a").attr("href", "/stories").text("Stories");
    doc.body().appendElement("main");
    return doc;
  }

  static Element main(Document doc) {
    return doc.body().selectFirst("main");
  }

  static String render(Document doc) {
    return doc.outerHtml();
  }

  static Document errorPage(int status, String message) {
    Document doc = page("Error " + status);
    Element main = main(doc);
    main.appendElement("h1").text("Error " + status);
    main.appendElement("p").text(message == null ? "" : message);
    return doc;
  }

  /** A path with its query parameters encoded. */
  static String link(String path, Map<String, ?> params) {
    StringJoiner q = new StringJoiner("&");
    params.forEach((k, v) -> {
      if (v != null) {
        q.add(enc(k) + "=" + enc(v.toString()));
      }
    });
    return q.length() == 0 ? path : path + "?" + q;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A link to an outlet's live page, only for http(s) URLs: never javascript: or data:. */
  static void externalLink(Element parent, String url) {
    String scheme = scheme(url);
    if (scheme.equals("http") || scheme.equals("https")) {
      parent.appendElement("a").attr("href", url).attr("rel", "noreferrer noopener nofollow")
          .text(url);
    } else {
      parent.appendElement("span").text(url);
    }
  }

  private static String scheme(String url) {
    try {
      String s = URI.create(url).getScheme();
      return s == null ? "" : s.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /**
   * Archived text (a title, a name) inside a line of other text, in a {@code <bdi>}: a
   * right-to-left override in it then cannot reverse the text around it.
   */
  static Element isolated(Element parent, String text) {
    return parent.appendElement("bdi").text(text);
  }

  /** A definition list row: term and value as text. */
  static void row(Element dl, String term, Object value) {
    if (value != null && !value.toString().isEmpty()) {
      dl.appendElement("dt").text(term);
      dl.appendElement("dd").text(value.toString());
    }
  }
}

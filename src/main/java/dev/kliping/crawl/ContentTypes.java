package dev.kliping.crawl;

import dev.kliping.archive.Exchange;
import java.util.Locale;

/** Reads what a response's Content-Type says: the media type and the charset. */
final class ContentTypes {
  private ContentTypes() {}

  /** The declared charset, or null when the response declares none. */
  static String charset(Exchange response) {
    String type = response.header("Content-Type");
    if (type == null) {
      return null;
    }
    for (String part : type.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return p.substring("charset=".length()).replace("\"", "").trim();
      }
    }
    return null;
  }

  /**
   * True when the response may hold a web page: declared as HTML or XHTML, or not declared at all
   * (some servers omit the header; the extractor then decides).
   */
  static boolean isHtml(Exchange response) {
    String type = response.header("Content-Type");
    if (type == null) {
      return true;
    }
    String media = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return media.equals("text/html") || media.equals("application/xhtml+xml");
  }
}

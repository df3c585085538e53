package dev.kliping.discover;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses pages from untrusted servers: any bytes, any declared charset (or a broken one), never
 * an exception. jsoup builds the tree without recursion, so deep nesting cannot overflow the
 * stack, and its tokenizer is linear, so an unclosed script costs its length and no more.
 */
final class HtmlPages {
  private HtmlPages() {}

  static Document parse(byte[] html, String charset, String pageUrl) {
    return Jsoup.parse(new String(html, charsetOrUtf8(charset)), pageUrl);
  }

  static Charset charsetOrUtf8(String name) {
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name.trim());
    } catch (IllegalArgumentException e) {
      // Unknown or malformed ("utf-8\u0000", "x-unknown"): most Indonesian outlets serve UTF-8.
      return StandardCharsets.UTF_8;
    }
  }
}

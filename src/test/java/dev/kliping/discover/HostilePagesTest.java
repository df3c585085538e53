package dev.kliping.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Listing pages built to break parsers, read under a Turkish default locale (where "I" lower-cases
 * to a dotless i and breaks careless tag and charset matching): each gives its one real link
 * within a time budget, with no StackOverflowError and no exception.
 */
class HostilePagesTest {
  static final String LINK = "<a href=\"/read/1\">Berita</a>";
  static final String URL = "https://news.example/";
  Locale saved;

  @BeforeEach
  void turkish() {
    saved = Locale.getDefault();
    Locale.setDefault(new Locale("tr", "TR"));
  }

  @AfterEach
  void restore() {
    Locale.setDefault(saved);
  }

  enum Page {
    NESTED_100K_DIVS("<html><body>" + LINK + "<div>".repeat(100_000) + "x", "UTF-8"),
    NESTED_100K_SPANS_WITH_THE_LINK_AT_THE_BOTTOM("<body>" + "<span>".repeat(100_000) + LINK,
        "UTF-8"),
    NESTED_100K_TABLES("<body>" + LINK + "<table><tr><td>".repeat(30_000), "UTF-8"),
    NESTED_ANCHORS("<body>" + LINK + "<a href=/x>".repeat(20_000), null),
    UNCLOSED_P_TAGS("<body>" + LINK + "<p<p<p".repeat(100_000), "UTF-8"),
    UNCLOSED_SCRIPT_3MB("<body>" + LINK + "<script>" + "var a='</scr'+'ipt>';".repeat(150_000),
        "UTF-8"),
    UPPER_CASE_TAGS_UNDER_TURKISH_LOCALE("<HTML><BODY><A HREF=\"/read/1\">LINK</A>", "UTF-8"),
    UNKNOWN_CHARSET("<body>" + LINK, "x-no-such-charset"),
    MALFORMED_CHARSET("<body>" + LINK, "utf-8\u0000;;\"'"),
    TURKISH_CHARSET_NAME("<body>" + LINK, "ISO-8859-9"),
    DOTTED_CHARSET_NAME("<body>" + LINK, "UTF-\u0130"),
    BINARY_GARBAGE("<body>" + LINK + "\u0000\uFFFD\uD800".repeat(50_000), "UTF-8");

    final String html;
    final String charset;

    Page(String html, String charset) {
      this.html = html;
      this.charset = charset;
    }
  }

  @ParameterizedTest
  @EnumSource(Page.class)
  void findsTheLinkQuicklyAndSafely(Page page) {
    byte[] bytes = page.html.getBytes(StandardCharsets.UTF_8);
    List<String> links = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> new ListingLinks("a[href=/read/1]").links(bytes, page.charset, URL));
    assertEquals(List.of(URL + "read/1"), links);
  }

  @ParameterizedTest
  @EnumSource(Page.class)
  void findsNoCanonicalLinkInThem(Page page) {
    byte[] bytes = page.html.getBytes(StandardCharsets.UTF_8);
    assertEquals(null, assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> CanonicalLink.of(bytes, page.charset, URL)));
  }
}

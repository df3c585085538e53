package dev.kliping.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an article page says about its site: its name ({@code og:site_name}) and the feeds it
 * announces ({@code <link rel=alternate type=application/rss+xml|atom+xml>}), comment feeds
 * aside (they list readers' comments, not articles). Pure.
 */
public record SiteClues(String siteName, List<String> feeds) {

  public SiteClues {
    feeds = List.copyOf(feeds);
  }

  /** The clues of one page; feed URLs absolute, in page order, each once. */
  public static SiteClues of(byte[] html, String charset, String pageUrl) {
    Document page = HtmlPages.parse(html, charset, pageUrl);
    List<String> feeds = new ArrayList<>();
    for (Element link : page.select("link[rel][href][type]")) {
      String rel = " " + link.attr("rel").toLowerCase(Locale.ROOT) + " ";
      String type = link.attr("type").toLowerCase(Locale.ROOT);
      String href = link.absUrl("href");
      if (rel.contains(" alternate ") && (type.contains("rss") || type.contains("atom"))
          && !href.isEmpty() && !href.toLowerCase(Locale.ROOT).contains("comments")
          && !feeds.contains(href)) {
        feeds.add(href);
      }
    }
    Element site = page.selectFirst("meta[property=og:site_name][content]");
    String name = site == null || site.attr("content").isBlank() ? null
        : site.attr("content").strip();
    return new SiteClues(name, feeds);
  }
}

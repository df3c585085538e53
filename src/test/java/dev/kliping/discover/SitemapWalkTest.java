package dev.kliping.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Walking indexes: each sitemap once, not too deep, and never past the host's budget. */
class SitemapWalkTest {
  final Map<String, String> site = new HashMap<>();
  final List<String> fetched = new ArrayList<>();
  final List<String> problems = new ArrayList<>();

  @Test
  void followsIndexesToThePages() {
    site.put("https://n.example/index.xml", index("https://n.example/a.xml",
        "https://n.example/b.xml.gz"));
    site.put("https://n.example/a.xml", urlset("https://n.example/read/1"));
    site.put("https://n.example/b.xml.gz", urlset("https://n.example/read/2"));
    assertEquals(List.of("https://n.example/read/1", "https://n.example/read/2"),
        walk(100, "https://n.example/index.xml"));
    assertEquals(List.of(), problems);
  }

  @Test
  void anIndexThatListsItselfIsReadOnce() {
    site.put("https://n.example/index.xml", index("https://n.example/index.xml",
        "https://n.example/a.xml"));
    site.put("https://n.example/a.xml", urlset("https://n.example/read/1"));
    assertEquals(List.of("https://n.example/read/1"),
        walk(100, "https://n.example/index.xml", "https://n.example/index.xml"));
    assertEquals(2, fetched.size());
  }

  @Test
  void indexesNestedDeeperThanThreeAreNotFollowed() {
    for (int i = 0; i < 10; i++) {
      site.put("https://n.example/" + i + ".xml", index("https://n.example/" + (i + 1) + ".xml"));
    }
    walk(100, "https://n.example/0.xml");
    assertEquals(4, fetched.size(), fetched.toString());
    assertTrue(problems.get(0).contains("nested deeper"), problems.toString());
  }

  @Test
  void unreadableSitemapsAreReportedAndTheWalkGoesOn() {
    site.put("https://n.example/index.xml", index("https://n.example/broken.xml",
        "https://n.example/a.xml", "https://n.example/missing.xml"));
    site.put("https://n.example/broken.xml", "<html>Oops</html>");
    site.put("https://n.example/a.xml", urlset("https://n.example/read/1"));
    assertEquals(List.of("https://n.example/read/1"), walk(100, "https://n.example/index.xml"));
    assertEquals(1, problems.size(), problems.toString());
  }

  private List<String> walk(int budget, String... roots) {
    SitemapWalk walk = new SitemapWalk(new SitemapReader(1 << 20), new UrlBudget(budget),
        (url, why) -> problems.add(url + ": " + why));
    return walk.pages(List.of(roots), url -> {
      fetched.add(url);
      String body = site.get(url);
      if (body == null) {
        return null;
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      return url.endsWith(".gz") ? gzip(bytes) : bytes;
    });
  }

  static String index(String... sitemaps) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><sitemapindex "
        + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String s : sitemaps) {
      xml.append("<sitemap><loc>").append(s).append("</loc></sitemap>");
    }
    return xml.append("</sitemapindex>").toString();
  }

  static String urlset(String... pages) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><urlset "
        + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String p : pages) {
      xml.append("<url><loc>").append(p).append("</loc></url>");
    }
    return xml.append("</urlset>").toString();
  }

  private static byte[] gzip(byte[] plain) {
    try {
      return SitemapReaderTest.gzip(plain);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package dev.kliping.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Sitemaps in each form a news site serves them, and the ones that must be refused. */
class SitemapReaderTest {
  static final SitemapReader READER = new SitemapReader(1024 * 1024);
  static final String URLSET = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
      + "<url><loc>https://news.example/read/1</loc><lastmod>2026-11-20</lastmod></url>"
      + "<url><loc>https://news.example/read/2</loc></url></urlset>";

  @Test
  void aSitemap() {
    assertEquals(new SitemapReader.Contents(
        List.of("https://news.example/read/1", "https://news.example/read/2"), List.of()),
        READER.read(bytes(URLSET), "https://news.example/sitemap.xml"));
  }

  @Test
  void anIndex() {
    String index = "<?xml version=\"1.0\"?><sitemapindex "
        + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<sitemap><loc>https://news.example/post-sitemap.xml</loc></sitemap>"
        + "<sitemap><loc>https://news.example/news-sitemap.xml</loc></sitemap></sitemapindex>";
    assertEquals(List.of("https://news.example/post-sitemap.xml",
        "https://news.example/news-sitemap.xml"),
        READER.read(bytes(index), "https://news.example/sitemap_index.xml").sitemaps());
  }

  @Test
  void aGoogleNewsSitemap() {
    String news = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
        + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url>"
        + "<loc>https://news.example/read/3</loc><news:news><news:publication>"
        + "<news:name>News</news:name><news:language>id</news:language></news:publication>"
        + "<news:publication_date>2026-11-20T10:00:00+07:00</news:publication_date>"
        + "<news:title>Judul</news:title></news:news></url></urlset>";
    assertEquals(List.of("https://news.example/read/3"),
        READER.read(bytes(news), "https://news.example/news-sitemap.xml").pages());
  }

  @Test
  void aPlainTextSitemap() {
    assertEquals(List.of("https://news.example/read/4", "https://news.example/read/5"),
        READER.read(bytes("https://news.example/read/4\nhttps://news.example/read/5\n"),
            "https://news.example/sitemap.txt").pages());
  }

  @Test
  void aGzippedSitemap() throws IOException {
    assertEquals(2, READER.read(gzip(bytes(URLSET)), "https://news.example/sitemap.xml.gz")
        .pages().size());
  }

  @Test
  void aGzipBombIsRefusedByItsDecompressedSize() throws IOException {
    byte[] bomb = gzip(new byte[64 * 1024 * 1024]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> READER.read(bomb, "https://news.example/sitemap.xml.gz"));
    assertTrue(e.getMessage().contains("more than 1048576 bytes"), e.getMessage());
  }

  @Test
  void tooBigEvenUncompressed() {
    byte[] big = bytes(URLSET.replace("</urlset>", " ".repeat(1024 * 1024) + "</urlset>"));
    assertThrows(IllegalArgumentException.class,
        () -> READER.read(big, "https://news.example/sitemap.xml"));
  }

  @Test
  void noDoctypesNoEntities() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE u [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<url><loc>https://news.example/&x;</loc></url></urlset>";
    SitemapReader.Contents contents;
    try {
      contents = READER.read(bytes(xxe), "https://news.example/sitemap.xml");
    } catch (IllegalArgumentException refused) {
      return;
    }
    assertTrue(contents.pages().stream().noneMatch(p -> p.contains("root")), contents.toString());
  }

  @Test
  void garbageIsNoSitemap() {
    assertThrows(IllegalArgumentException.class,
        () -> READER.read(bytes("<html><body>Not found</body></html>"),
            "https://news.example/sitemap.xml"));
    assertThrows(IllegalArgumentException.class,
        () -> READER.read(new byte[] {0x1f, (byte) 0x8b, 1, 2, 3},
            "https://news.example/sitemap.xml.gz"));
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(plain);
    }
    return out.toByteArray();
  }
}

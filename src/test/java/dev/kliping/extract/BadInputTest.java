package dev.kliping.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken pages: nothing escapes, time stays bounded (generously: the benchmark is
 * where speed is judged), and a page with no article says so in plain words.
 */
class BadInputTest {

  private static final Duration LIMIT = Duration.ofSeconds(10);
  private static final String PARAGRAPH = "Presiden menandatangani perjanjian kerja sama pertahanan"
      + " bersama di ibu kota, disaksikan para menteri, duta besar dan wartawan dari berbagai"
      + " negara yang datang untuk meliput kunjungan kenegaraan pertama dalam dua puluh tahun.";

  private final ArticleExtractor extractor = Fixtures.extractor();

  @Test
  void emptyPage() {
    assertNotFound(extract(new byte[0], null), "empty");
  }

  @Test
  void binaryData() {
    byte[] b = new byte[64 * 1024];
    new Random(7).nextBytes(b);
    assertNotFound(extract(b, null), "binary");
  }

  @Test
  void fiftyMegabytes() {
    byte[] b = new byte[50 * 1024 * 1024];
    Arrays.fill(b, (byte) 'a');
    assertNotFound(extract(b, null), "MB");
  }

  @Test
  void nestedOneHundredThousandLevels() {
    int depth = 100_000;
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(depth)).append("<p>").append(PARAGRAPH).append("</p>");
    html.append("</div>".repeat(depth)).append("</body></html>");
    Article a = extract(html.toString().getBytes(StandardCharsets.UTF_8), null);
    assertTrue(a.found() || a.problem().startsWith("no article found"), a::toString);
  }

  @Test
  void windows1252DeclaredOnUtf8Bytes() {
    Article a = extract(page("Café naïve — “kutipan” résumé").getBytes(StandardCharsets.UTF_8),
        "windows-1252");
    assertTrue(a.text().contains("Café naïve — “kutipan” résumé"), a::text);
  }

  @Test
  void utf8DeclaredOnWindows1252Bytes() {
    Article a = extract(page("Café naïve — “kutipan” résumé")
        .getBytes(Charset.forName("windows-1252")), "utf-8");
    assertTrue(a.text().contains("Café naïve — “kutipan” résumé"), a::text);
  }

  @Test
  void noBody() {
    byte[] html = "<html><head><title>Judul</title></head></html>".getBytes(StandardCharsets.UTF_8);
    assertNotFound(extract(html, null), "no text that reads as an article");
  }

  @Test
  void brokenTags() {
    byte[] html = "<p<p<p<p<<<>>>< p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
    Article a = extract(html, null);
    assertTrue(a.found() || a.problem().startsWith("no article found"), a::toString);
  }

  @Test
  void unclosedScriptOfThreeMegabytes() {
    String html = "<html><body><article><p>" + PARAGRAPH + "</p></article><script>var x = '"
        + "<p>not text</p> ".repeat(3 * 1024 * 1024 / 16);
    Article a = extract(html.getBytes(StandardCharsets.UTF_8), null);
    assertFalse(a.text().contains("not text"), a::text);
  }

  private Article extract(byte[] html, String charset) {
    return assertTimeoutPreemptively(LIMIT, () -> extractor.extract(html, charset,
        "https://example.com/read/1/berita", OutletRules.NONE, false));
  }

  private static String page(String words) {
    return "<html><head><meta charset=\"utf-8\"></head><body><article><h1>Judul</h1><p>" + words
        + " " + PARAGRAPH + "</p><p>" + PARAGRAPH + "</p></article></body></html>";
  }

  private static void assertNotFound(Article a, String why) {
    assertFalse(a.found());
    assertTrue(a.problem().startsWith("no article found") && a.problem().contains(why),
        a::problem);
  }
}

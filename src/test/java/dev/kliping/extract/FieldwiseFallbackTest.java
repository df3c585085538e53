package dev.kliping.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Field-wise fallback: what the outlet's rules leave empty is taken from the generic reading of
 * the same page, and the article says per field where each value came from.
 */
class FieldwiseFallbackTest {

  /* Rules for a template whose author, date and section selectors no longer match. */
  private static final OutletRules RULES = new OutletRules(List.of("h1.judul"),
      List.of("div.isi-berita"), List.of("span.tanggal"), null, List.of("div.penulis"), null,
      List.of("a.kanal"), null, null, null, "+07:00", null);

  private final ArticleExtractor extractor = Fixtures.extractor();

  @Test
  void fieldsTheRulesMissComeFromTheGenericReading() {
    Article a = extract(RULES, false);
    assertEquals(Article.OUTLET, a.extractor());
    assertEquals(3, a.body().size(), a::text);
    assertEquals("Banjir surut, warga kembali ke rumah", a.title());
    assertEquals(Article.OUTLET, a.sources().get("title"));
    assertEquals(List.of("Rina Wulandari"), a.authors());
    assertEquals(Article.GENERIC, a.sources().get("authors"));
    // The outlet's date reading has its own fallbacks (meta tags, JSON-LD) after the selectors.
    assertEquals(OffsetDateTime.parse("2026-11-20T09:15:00+07:00"), a.published());
    assertEquals("Nusantara", a.section());
    // Nobody knows the editor: empty, and no source claimed.
    assertEquals(List.of(), a.editors());
    assertNull(a.sources().get("editors"));
  }

  @Test
  void whatTheRulesFindIsKeptAndCreditedToThem() {
    OutletRules rules = new OutletRules(List.of("h1.judul"), List.of("div.isi-berita"),
        List.of("span.tanggal"), null, List.of("span.kontributor"), null, null, null, null, null,
        "+07:00", null);
    Article a = extract(rules, false);
    // The rules' author wins over the page's JSON-LD author.
    assertEquals(List.of("Dedi Setiawan"), a.authors());
    assertEquals(Article.OUTLET, a.sources().get("authors"));
  }

  @Test
  void theGenericExtractorAloneCreditsItself() {
    Article a = extract(RULES, true);
    assertEquals(Article.GENERIC, a.extractor());
    assertEquals(List.of("Rina Wulandari"), a.authors());
    for (String field : List.of("title", "authors", "published", "section")) {
      assertEquals(Article.GENERIC, a.sources().get(field), field);
    }
  }

  private Article extract(OutletRules rules, boolean generic) {
    byte[] html = Fixtures.bytes(
        Fixtures.ROOT.resolve("failure-modes").resolve("fieldwise-fallback.html"));
    return extractor.extract(html, "utf-8", "https://news.example/read/banjir", rules, generic);
  }
}

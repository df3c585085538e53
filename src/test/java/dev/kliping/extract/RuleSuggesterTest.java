package dev.kliping.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Rules suggested from the generic reading of a recorded article read the same article back
 * through the outlet path, with selectors that name ids, itemprops or classes, never positions.
 */
class RuleSuggesterTest {
  private static final Path REPLAY = Path.of("src/test/resources/replay");
  private final ArticleExtractor extractor = Fixtures.extractor();

  @ParameterizedTest
  @CsvSource({
      "epochtimes/__files/www.etindonesia.com/seed-article.html, https://www.etindonesia.com/a/",
      "epochtimes/__files/www.etindonesia.com/article-2.html, https://www.etindonesia.com/b/",
      "kompastv/__files/www.kompas.tv/seed-article-page-all.html, https://www.kompas.tv/a/1/b",
      "kompastv/__files/www.kompas.tv/article-2.html, https://www.kompas.tv/a/2/b",
      "medcom/__files/www.medcom.id/seed-article.html, https://www.medcom.id/a/b",
      "medcom/__files/www.medcom.id/article-2.html, https://www.medcom.id/a/c",
      "paltv/__files/paltv.disway.id/article-2.html, https://paltv.disway.id/a/b",
      "rmol/__files/rmol.id/rmol-native-article.html, https://rmol.id/a/b",
      "rmol/__files/www.oposisicerdas.com/blog-post2-article.html, https://www.oposisicerdas.com/a",
  })
  void suggestedRulesReadBackTheGenericArticle(String file, String url) {
    byte[] html = Fixtures.bytes(REPLAY.resolve(file));
    Article generic = extractor.extract(html, null, url, OutletRules.NONE, true);
    SuggestedRules suggested = RuleSuggester.suggest(html, null, url, generic);
    assertFalse(suggested.body().isEmpty(), file + ": no body selector");
    for (List<String> field : List.of(suggested.title(), suggested.body(),
        suggested.published(), suggested.authors())) {
      field.forEach(s -> assertFalse(s.contains("nth-") || s.contains(":eq("), s));
    }
    Article byRules = extractor.extract(html, null, url, suggested.asRules(), false);
    assertEquals(Article.OUTLET, byRules.extractor(), file + " " + suggested);
    assertEquals(generic.title(), byRules.title(), file);
    // The rules' container may hold a line the generic reading trimmed at its edges.
    int g = generic.text().split("\\s+").length;
    int r = byRules.text().split("\\s+").length;
    assertTrue(r >= 0.9 * g && r <= 1.15 * g, file + ": " + r + " words by rules, " + g
        + " generic; " + suggested);
    if (!suggested.published().isEmpty()) {
      assertEquals(generic.published().toLocalDate(), byRules.published().toLocalDate(), file);
    }
  }

  @Test
  void aSelectorIsMadeOfNamesNotPositionsAndSkipsGeneratedOnes() {
    String html = "<html><body><div class='css-1x9f3a wrap'><div class='story-body'><p>One two"
        + " three four five six seven eight nine ten eleven twelve thirteen.</p></div>"
        + "<div><p>Other</p></div></div></body></html>";
    var doc = PageDecoder.parse(html.getBytes(StandardCharsets.UTF_8), null, "");
    assertEquals("div.story-body", StableSelector.of(doc, doc.selectFirst(".story-body")));
    assertNull(StableSelector.of(doc, doc.select("div > div").get(1)),
        "an unnamed box among named ones has no stable selector");
    assertFalse(StableSelector.stable("css-1x9f3a"));
    assertFalse(StableSelector.stable("post-123456"));
    assertTrue(StableSelector.stable("article__body"));
  }

  @Test
  void suspectsAreCatalogueLinesGluedIntoTextAndLinesOfOtherPages() {
    Boilerplate catalogue = Fixtures.catalogue();
    List<BoilerplateSuspects.Suspect> suspects = BoilerplateSuspects.in(List.of(
        "Presiden bertemu menteri di istana pada Senin pagi.",
        "Harga naik lagi. Baca juga: Harga cabai melonjak",
        "Ikuti kanal kami untuk berita terbaru setiap hari."),
        catalogue, Map.of(LearnedBoilerplate.key(
            "Ikuti kanal kami untuk berita terbaru setiap hari."), 7));
    assertEquals(2, suspects.size(), suspects.toString());
    assertTrue(suspects.get(0).reason().contains("Baca juga:"), suspects.toString());
    assertTrue(suspects.get(1).reason().contains("7 pages"), suspects.toString());
  }
}

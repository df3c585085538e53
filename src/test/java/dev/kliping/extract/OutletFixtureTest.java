package dev.kliping.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each outlet's page, written after OUTLETS.md, extracts to the golden values (copied from
 * shared/golden); values the
 * golden leaves null come from {@code expected.json}, which describes the fixture page.
 */
class OutletFixtureTest {

  private static final Path DIR = Fixtures.ROOT.resolve("outlets");
  private static final String[] OUTLETS = {"rmol", "medcom", "epochtimes", "kompastv", "paltv"};

  @ParameterizedTest
  @ValueSource(strings = {"rmol", "medcom", "epochtimes", "kompastv", "paltv"})
  void rulesExtractTheGoldenArticle(String outlet) {
    JsonNode golden = golden(outlet);
    JsonNode expected = Fixtures.json(DIR.resolve("expected.json")).path(outlet);
    Article a = extract(outlet, false);

    assertEquals(Article.OUTLET, a.extractor(), a.problem());
    assertEquals(value(golden, expected, "title"), a.title());
    assertEquals(Fixtures.strings(golden.get("authors")), a.authors());
    assertEquals(Fixtures.strings(golden.get("editors")), a.editors());
    String published = value(golden, expected, "published");
    assertEquals(published == null ? null : OffsetDateTime.parse(published), a.published());
    assertEquals(value(golden, expected, "source_credit"), a.sourceCredit());
    assertEquals(Fixtures.strings(golden.get("body")), a.body());
    assertNoBoilerplate(golden, a);
    assertEquals(Fixtures.strings(expected.path("continuation_urls")), a.continuationUrls());
  }

  @ParameterizedTest
  @ValueSource(strings = {"rmol", "medcom", "epochtimes", "kompastv", "paltv"})
  void genericAloneKeepsTheBodyAndDropsTheBoilerplate(String outlet) {
    JsonNode golden = golden(outlet);
    Article a = extract(outlet, true);

    assertEquals(Article.GENERIC, a.extractor());
    assertTrue(GoldenCheck.wordRecall(Fixtures.strings(golden.get("body")), a.body()) >= 0.95,
        () -> "kept too little: " + a.text());
    assertNoBoilerplate(golden, a);
  }

  static void assertNoBoilerplate(JsonNode golden, Article a) {
    String text = a.text();
    for (String line : Fixtures.strings(golden.get("must_not_contain"))) {
      assertFalse(text.contains(line), () -> "body contains boilerplate: " + line);
    }
    for (String line : Fixtures.strings(golden.path("metadata_lines"))) {
      assertFalse(a.body().contains(line), () -> "body contains a metadata line: " + line);
    }
  }

  private static Article extract(String outlet, boolean generic) {
    OutletRules rules = Fixtures.rules(DIR.resolve(outlet + ".rules.yaml"));
    byte[] html = Fixtures.bytes(DIR.resolve(outlet + ".html"));
    return Fixtures.extractor().extract(html, null, url(outlet), rules, generic);
  }

  private static String url(String outlet) {
    return switch (outlet) {
      case "rmol" -> "https://www.oposisicerdas.com/2024/06/barat-ketar-ketir-rusia-dan-korea-utara.html";
      case "paltv" -> "https://paltv.disway.id/read/654321/makin-akrab";
      default -> "https://www." + outlet + ".example/read/1/article";
    };
  }

  private static JsonNode golden(String outlet) {
    return Fixtures.json(DIR.resolve(outlet + ".golden.json"));
  }

  private static String value(JsonNode golden, JsonNode expected, String key) {
    JsonNode g = golden.path(key);
    if (!g.isNull() && !g.isMissingNode()) {
      return g.asText();
    }
    JsonNode e = expected.path(key);
    return e.isMissingNode() || e.isNull() ? null : e.asText();
  }

  static List<String> outlets() {
    return List.of(OUTLETS);
  }
}

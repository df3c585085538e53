package dev.kliping.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kliping.extract.Article;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizedArticleTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "'  a   b  '; a b",
      "'a\u00a0b\u2009c'; a b c",
      "'line\nbreak\ttab'; line break tab",
      "'Cafe\u0301'; Caf\u00e9",
      "'soft\u00adhyphen zero\u200bwidth'; softhyphen zerowidth",
  })
  void textIsNfcWithSingleSpaces(String raw, String normal) {
    assertEquals(normal, NormalizedArticle.text(raw));
  }

  @Test
  void theQuickCheckAgreesWithTheReplacementsOnEveryMixOfSpacesAndInvisibles() {
    // Every string of up to four characters drawn from words, each kind of space and each
    // invisible character: the text is left as it is exactly when the replacements keep it.
    String alphabet = "a \t\n\013\f\r\u00a0\u2009\u2028\u2029\u3000\u00ad\u200b\u2060\ufeff"
        + "\u001f\u0085";
    java.util.regex.Pattern space = java.util.regex.Pattern.compile("[\\s\\p{Z}]+");
    java.util.regex.Pattern invisible = java.util.regex.Pattern.compile(
        "[\u00ad\u200b\u2060\ufeff]");
    List<String> strings = new java.util.ArrayList<>(List.of(""));
    for (int length = 1; length <= 4; length++) {
      List<String> longer = new java.util.ArrayList<>();
      for (String s : strings) {
        if (s.length() == length - 1) {
          for (char c : alphabet.toCharArray()) {
            longer.add(s + c);
          }
        }
      }
      strings.addAll(longer);
    }
    for (String s : strings) {
      String replaced = space.matcher(invisible.matcher(s).replaceAll("")).replaceAll(" ").trim();
      assertEquals(replaced.equals(s), NormalizedArticle.isNormal(s),
          () -> "for " + s.chars().mapToObj(Integer::toHexString).toList());
    }
  }

  @Test
  void blankTextIsNull() {
    assertNull(NormalizedArticle.text(" \u00a0 "));
    assertNull(NormalizedArticle.text(null));
  }

  @Test
  void restatedOffsetIsTheSameVersionButAnotherInstantIsNot() {
    Article a = story("12.000");
    Article utc = withPublished(a, OffsetDateTime.parse("2024-05-01T03:00:00Z"));
    Article later = withPublished(a, OffsetDateTime.parse("2024-05-01T04:00:00Z"));
    String hash = NormalizedArticle.of(a).contentHash();
    assertEquals(hash, NormalizedArticle.of(utc).contentHash());
    assertNotEquals(hash, NormalizedArticle.of(later).contentHash());
  }

  @Test
  void sectionAndModifiedDoNotMakeAVersion() {
    Article a = story("12.000");
    Article b = new Article(a.title(), a.authors(), a.editors(), a.published(),
        OffsetDateTime.parse("2024-05-02T00:00:00Z"), "Nasional", a.sourceCredit(), "en",
        a.canonicalUrl(), a.body(), Article.GENERIC, List.of(), null);
    assertEquals(NormalizedArticle.of(a).contentHash(), NormalizedArticle.of(b).contentHash());
  }

  @Test
  void movingAWordBetweenFieldsChangesTheHash() {
    Article a = article("Judul", "satu", "dua");
    Article b = article("Judul", "satu dua");
    assertNotEquals(NormalizedArticle.of(a).contentHash(), NormalizedArticle.of(b).contentHash());
  }

  private static Article withPublished(Article a, OffsetDateTime t) {
    return new Article(a.title(), a.authors(), a.editors(), t, a.modified(), a.section(),
        a.sourceCredit(), a.language(), a.canonicalUrl(), a.body(), a.extractor(), List.of(),
        null);
  }

  private static Article article(String title, String... paragraphs) {
    return new Article(title, List.of("Ahmad Satryo"), List.of("Widian Vebriyanto"),
        OffsetDateTime.parse("2024-05-01T10:00:00+07:00"), null, "Politik", "RMOL", "id",
        "https://www.rmol.id/politik/read/2024/05/01/612345/anggaran-naik", List.of(paragraphs),
        Article.OUTLET, List.of(), null);
  }

  private static Article story(String amount) {
    return article("Anggaran Pertahanan Naik Jadi Rp" + amount + " Triliun",
        "JAKARTA, RMOL. Pemerintah menaikkan anggaran pertahanan tahun depan.",
        "Menurut Menteri Keuangan, anggaran itu kini mencapai Rp" + amount
            + " triliun, naik dari tahun lalu.",
        "DPR akan membahasnya pekan depan.");
  }
}

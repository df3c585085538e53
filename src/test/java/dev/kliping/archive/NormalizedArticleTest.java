package dev.kliping.archive;

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
  void blankTextIsNull() {
    assertNull(NormalizedArticle.text(" \u00a0 "));
    assertNull(NormalizedArticle.text(null));
  }

  @Test
  void restatedOffsetIsTheSameVersionButAnotherInstantIsNot() {
    Article a = Fixtures.story("12.000");
    Article utc = withPublished(a, OffsetDateTime.parse("2024-05-01T03:00:00Z"));
    Article later = withPublished(a, OffsetDateTime.parse("2024-05-01T04:00:00Z"));
    String hash = NormalizedArticle.of(a).contentHash();
    assertEquals(hash, NormalizedArticle.of(utc).contentHash());
    assertNotEquals(hash, NormalizedArticle.of(later).contentHash());
  }

  @Test
  void sectionAndModifiedDoNotMakeAVersion() {
    Article a = Fixtures.story("12.000");
    Article b = new Article(a.title(), a.authors(), a.editors(), a.published(),
        OffsetDateTime.parse("2024-05-02T00:00:00Z"), "Nasional", a.sourceCredit(), "en",
        a.canonicalUrl(), a.body(), Article.GENERIC, List.of(), null);
    assertEquals(NormalizedArticle.of(a).contentHash(), NormalizedArticle.of(b).contentHash());
  }

  @Test
  void movingAWordBetweenFieldsChangesTheHash() {
    Article a = Fixtures.article("Judul", "satu", "dua");
    Article b = Fixtures.article("Judul", "satu dua");
    assertNotEquals(NormalizedArticle.of(a).contentHash(), NormalizedArticle.of(b).contentHash());
  }

  private static Article withPublished(Article a, OffsetDateTime t) {
    return new Article(a.title(), a.authors(), a.editors(), t, a.modified(), a.section(),
        a.sourceCredit(), a.language(), a.canonicalUrl(), a.body(), a.extractor(), List.of(),
        null);
  }
}

package dev.kliping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The AEB metric on hand-made cases whose counts can be worked out on paper. */
class AebMetricTest {

  private static final double EPS = 1e-9;

  @Test
  void identicalTextsScorePerfectlyAndExactly() {
    AebMetric.PageScore s = AebMetric.score("one two three four five", "one two three four five");
    assertEquals(2, s.tp());
    assertEquals(0, s.fp());
    assertEquals(0, s.fn());
    assertTrue(s.exact());
    assertEquals(1.0, s.f1(), EPS);
  }

  @Test
  void punctuationAndLineBreaksDoNotMatter() {
    AebMetric.PageScore s = AebMetric.score("One, two -- three!\n\nfour.", "One two three four");
    assertTrue(s.exact());
    assertEquals(1.0, s.precision(), EPS);
  }

  @Test
  void disjointTextsShareNothing() {
    AebMetric.PageScore s = AebMetric.score("a b c d e", "v w x y z");
    assertEquals(0, s.tp());
    assertEquals(2, s.fp());
    assertEquals(2, s.fn());
    assertEquals(0.0, s.precision(), EPS);
    assertEquals(0.0, s.recall(), EPS);
    assertEquals(0.0, s.f1(), EPS);
  }

  @Test
  void fewerThanFourTokensGiveOneShorterShingle() {
    assertEquals(1, AebMetric.shingles(AebMetric.tokens("just three words")).size());
    AebMetric.PageScore same = AebMetric.score("just three words", "just three words");
    assertEquals(1, same.tp());
    AebMetric.PageScore shorter = AebMetric.score("just three", "just three words");
    assertEquals(0, shorter.tp());
    assertEquals(1, shorter.fp());
    assertEquals(1, shorter.fn());
  }

  @Test
  void repeatedShinglesCountAsAMultiset() {
    // "a b c d a b c d" has shingles abcd x2, bcda, cdab, dabc; the truth has abcd once.
    AebMetric.PageScore s = AebMetric.score("a b c d a b c d", "a b c d");
    assertEquals(1, s.tp());
    assertEquals(4, s.fp());
    assertEquals(0, s.fn());
    assertEquals(0.2, s.precision(), EPS);
    assertEquals(1.0, s.recall(), EPS);
  }

  @Test
  void emptyPredictionMissesEverythingAndPredictsOneEmptyShingle() {
    AebMetric.PageScore s = AebMetric.score("", "one two three four");
    assertEquals(0, s.tp());
    assertEquals(1, s.fp());
    assertEquals(1, s.fn());
    assertEquals(0.0, s.recall(), EPS);
    assertFalse(s.exact());
  }

  @Test
  void unicodeLettersAndDigitsAreWordCharacters() {
    assertEquals(List.of("Jakarta", "Ибрагим", "東京", "2024", "snake_case", "café"),
        AebMetric.tokens("Jakarta—Ибрагим, 東京 (2024) snake_case café!"));
  }

  @Test
  void summaryAveragesPagesAndCountsExactOnes() {
    AebMetric.PageScore perfect = AebMetric.score("a b c d", "a b c d");
    AebMetric.PageScore half = AebMetric.score("a b c d e f x y z w", "a b c d e f");
    AebMetric.Summary sum = AebMetric.summarise(List.of(perfect, half));
    // half: 3 of 7 predicted shingles are right (precision 3/7), all 3 true ones found.
    assertEquals((1 + 3.0 / 7) / 2, sum.precision(), EPS);
    assertEquals(1.0, sum.recall(), EPS);
    double p = sum.precision();
    assertEquals(2 * p / (p + 1), sum.f1(), EPS);
    assertEquals(0.5, sum.accuracy(), EPS);
    assertEquals(2, sum.pages());
  }

  @Test
  void pagesWithNothingPredictedDoNotCountForPrecision() {
    AebMetric.PageScore perfect = AebMetric.score("a b c d", "a b c d");
    AebMetric.PageScore nothing = new AebMetric.PageScore(0, 0, 3, false);
    AebMetric.Summary sum = AebMetric.summarise(List.of(perfect, nothing));
    assertEquals(1.0, sum.precision(), EPS);
    assertEquals(0.5, sum.recall(), EPS);
  }
}

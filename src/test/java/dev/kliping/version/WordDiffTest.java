package dev.kliping.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordDiffTest {
  private static List<String> words(String s) {
    // "|" separates paragraphs in these tables.
    return WordChange.words(Arrays.asList(s.split("\\|")));
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource(delimiter = ';', value = {
      "a b c; a b c; ''",
      "naik Rp12.000 triliun; naik Rp13.000 triliun; 1 word replaced",
      "a b; a x y b; 2 words inserted",
      "a x y z b; a b; 3 words deleted",
      "a b c; a X Y Z; 2 words replaced, 1 inserted",
      "a b|c d; a b c d; 1 paragraph break removed",
      "a b c d; a b|c d; 1 paragraph break added",
      "Jakarta, RMOL.; Jakarta. RMOL.; 1 word replaced",
  })
  void summaries(String before, String after, String summary) {
    assertEquals(summary, WordDiff.summary(WordDiff.between("body", words(before), words(after))));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      // before; after; op; position; new position
      "a b c; a X c; REPLACE; 1; 1",
      "a b c; a b c d; INSERT; 3; 3",
      "x a b c; a b c; DELETE; 0; 0",
      "p q|a b c; p q|a X c; REPLACE; 3; 3",
      "p|a b c; p q|a X c; INSERT; 1; 1",
  })
  void firstChangeIsPlacedByWordIndex(String before, String after, WordChange.Op op,
      int position, int newPosition) {
    WordChange first = WordDiff.between("body", words(before), words(after)).get(0);
    assertEquals(op, first.op());
    assertEquals(position, first.position());
    assertEquals(newPosition, first.newPosition());
  }
}

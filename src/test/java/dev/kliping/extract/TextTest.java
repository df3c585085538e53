package dev.kliping.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written sentence-end test against the pattern it replaces. */
class TextTest {

  private static final Pattern SENTENCE_END =
      Pattern.compile(".*[.!?:;…][\"'”’»)\\]]*$|.*[\"”’»]$");

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"Ia pergi.", "Benarkah?", "Katanya: \"pergi.\"", "(lihat di atas.)",
      "Ia berkata \"ya\"", "dipotong oleh iklan", "tanda kurung]", "akhir…", "", ".", "»",
      "kalimat'", "Baris\nbaru.", "Baris\u2028baru.", "pisah\u0085baris.", "titik. lalu teks"})
  void endsSentenceAsThePatternDoes(String s) {
    assertEquals(SENTENCE_END.matcher(s).matches(), Text.endsSentence(s), s);
  }
}

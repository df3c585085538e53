package dev.kliping.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The caption test skips positions but must answer as a plain find() over the line does. */
class CaptionEndingsTest {

  private static final List<String> ENDINGS = List.of("/\\s*(RMOL|Net|Ist)", "\\(EFE\\)",
      "--\\s*[\\p{L}][\\p{L}\\p{N}.]{1,30}", "\\(\\s*(Sumber|Foto)\\s*:[^()]*\\)",
      "Reviewed by .{1,200} Rating: \\d+");
  /* A look-behind needs the character before the start: such patterns are tried everywhere. */
  private static final List<String> LOOK_BEHIND = List.of("(?<=foto)\\s*\\d+");

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', value = {
      "presiden tiba di pyongyang/net",
      "presiden tiba di pyongyang / rmol",
      "pertahanan bersama. (efe)",
      "gedung itu diserang.-- abcnews",
      "massa berkumpul di depan istana (foto: antara/andi)",
      "massa berkumpul (foto: antara) lalu bubar",
      "reviewed by rina on 2 mei 2024 rating: 5",
      "paragraf biasa yang berakhir dengan titik.",
      "кириллица в конце строки/net",
      "中文标题 (efe)",
      "emoji 😀 at the end -- kompas",
      "''",
  })
  void answersAsFindDoes(String line) {
    assertEquals(find(ENDINGS, line), new CaptionEndings(ENDINGS).endsLine(line), line);
    assertEquals(find(LOOK_BEHIND, line + " foto 12"),
        new CaptionEndings(LOOK_BEHIND).endsLine(line + " foto 12"), line);
  }

  private static boolean find(List<String> endings, String line) {
    String joined = String.join("|", endings.stream().map(e -> "(?:" + e + ")").toList());
    return Pattern.compile("(?i)(?:" + joined + ")\\s*$").matcher(line).find();
  }
}

package dev.kliping.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Article URL patterns generalised from samples: shared words stay, ids and slugs become kinds. */
class ArticlePatternTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://www.etindonesia.com/2024/06/21/a-b-c/ https://www.etindonesia.com/2024/07/02/d-e/"
          + "|https?://www\\.etindonesia\\.com/\\d{4}/\\d{2}/\\d{2}/[A-Za-z0-9%_-]+/?"
          + "|https://www.etindonesia.com/2025/01/31/other-story/"
          + "|https://www.etindonesia.com/category/dunia/",
      "https://www.kompas.tv/internasional/555218/a-b https://www.kompas.tv/nasional/12/c-d"
          + "|https?://www\\.kompas\\.tv/[a-z-]+/\\d+/[A-Za-z0-9%_-]+"
          + "|https://www.kompas.tv/regional/1/x"
          + "|https://www.kompas.tv/internasional",
      "https://www.oposisicerdas.com/2024/06/putin-aurus.html"
          + "|https?://www\\.oposisicerdas\\.com/\\d{4}/\\d{2}/[A-Za-z0-9%_-]+\\.html"
          + "|https://www.oposisicerdas.com/2023/11/another-post.html"
          + "|https://www.oposisicerdas.com/2024/06/",
      "https://rmol.id/dunia/read/2024/06/21/625231/korsel-panggil"
          + "|https?://rmol\\.id/dunia/read/\\d{4}/\\d{2}/\\d{2}/\\d+/[A-Za-z0-9%_-]+"
          + "|https://rmol.id/dunia/read/2024/07/01/9/other"
          + "|https://rmol.id/dunia",
  })
  void generalisesSamples(String samples, String expected, String matches, String doesNot) {
    List<String> patterns = ArticlePattern.of(List.of(samples.split(" ")));
    assertEquals(List.of(expected), patterns);
    Pattern p = Pattern.compile(expected);
    for (String s : samples.split(" ")) {
      assertTrue(p.matcher(s).matches(), s);
    }
    assertTrue(p.matcher(matches).matches(), matches);
    assertFalse(p.matcher(doesNot).matches(), doesNot);
  }
}

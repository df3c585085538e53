package dev.kliping.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.CopiedText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PassageFinderTest {
  static final String SOURCE = "Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un"
      + " menandatangani perjanjian kemitraan strategis komprehensif di Pyongyang pada Rabu, yang"
      + " mewajibkan kedua negara saling membantu jika salah satu pihak diserang oleh negara lain."
      + " Pengamat di Seoul menilai pakta itu menandai babak baru hubungan kedua negara.";

  private final PassageFinder finder = new PassageFinder();

  @Test
  void smallEditsInsideAPassageDoNotSplitIt() {
    // Two words changed, one dropped and punctuation altered inside a 40-word passage.
    String target = "Berita terkini. presiden rusia VLADIMIR Putin dan pemimpin Korut Kim Jong Un"
        + " menandatangani perjanjian kemitraan strategis yang komprehensif di Pyongyang pada"
        + " hari Rabu yang mewajibkan kedua negara saling membantu jika salah satu pihak diserang"
        + " negara lain. Redaksi.";
    List<Passage> found = finder.find(Words.of(SOURCE), Words.of(target));
    assertEquals(1, found.size(), found::toString);
    Passage p = found.get(0);
    assertTrue(p.words() >= 30, p::toString);
    assertEquals(0, p.sourceFrom());
    assertTrue(target.substring(p.targetStart(), p.targetEnd()).startsWith("presiden rusia"));
    assertTrue(target.substring(p.targetStart(), p.targetEnd()).endsWith("negara lain"));
  }

  @ParameterizedTest
  @CsvSource({
      // a set phrase shorter than twelve words is no passage
      "'Kata dia, kedua negara saling membantu jika salah satu pihak diserang.', 0",
      // twelve words in a row are
      "'Kemarin kedua negara saling membantu jika salah satu pihak diserang oleh negara lain.', 1",
      "'Tidak ada kaitan sama sekali dengan teks sumber di sini.', 0",
  })
  void passagesStartAtTwelveWords(String target, int expected) {
    assertEquals(expected, finder.find(Words.of(SOURCE), Words.of(target)).size());
  }

  @Test
  void theEarlierPublishedIsTheSourceElseTheEarlierCapture() {
    KeyTerms terms = new KeyTerms();
    Instant june20 = Instant.parse("2024-06-20T01:00:00Z");
    Instant june21 = Instant.parse("2024-06-21T01:00:00Z");
    String copy = SOURCE + " (ANTARA) Sumber: Antara";
    WindowTerms window = new WindowTerms();
    Sketch early = Sketch.of(arrival(1, "a", SOURCE, june21, june21), terms, window);
    Sketch late = Sketch.of(arrival(2, "b", copy, null, june20), terms, window);
    // No published time on one side: the first captures decide, so page 2 is the source.
    CopiedText byCapture = new CopyFinder().between(early, late).orElseThrow();
    assertEquals(CopiedText.BY_CAPTURE, byCapture.directionBy());
    assertEquals(2, byCapture.sourcePageId());

    Sketch published =
        Sketch.of(arrival(2, "b", copy, june21.plusSeconds(60), june20), terms, window);
    CopiedText byPublished = new CopyFinder().between(early, published).orElseThrow();
    assertEquals(CopiedText.BY_PUBLISHED, byPublished.directionBy());
    assertEquals(1, byPublished.sourcePageId());
    assertEquals(1.0, byPublished.sourceShare(), 1e-9);
    assertTrue(byPublished.republication(), byPublished::toString);
    assertEquals(List.of("(ANTARA)", "Sumber: Antara"), byPublished.credits());
  }

  @Test
  void creditsAreFoundInTheirUsualForms() {
    assertEquals(List.of("dikutip dari Reuters"), Credits.of("Hal itu dikutip dari Reuters."));
    assertEquals(List.of("(Antara/Reuters)"), Credits.of("JAKARTA (Antara/Reuters) - Presiden"));
    assertEquals(List.of(), Credits.of("Sumber daya alam melimpah"));
  }

  private static Arrival arrival(long id, String outlet, String body, Instant published,
      Instant captured) {
    return new Arrival(id, null, outlet, "https://" + outlet + ".example/" + id, "Judul",
        List.of(body), published, captured);
  }
}

package dev.kliping.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The byline forms of OUTLETS.md turned into fields; article sentences left alone. */
class BylineParserTest {

  private final BylineParser parser = new BylineParser(new DateParser(ZoneOffset.ofHours(7)));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // line; authors (|-separated); editors; source credit; published
      "oleh Ahmad Dani dan Budi Santoso;  Ahmad Dani|Budi Santoso; ;  ; ",
      "By Jane Doe and John Roe;          Jane Doe|John Roe;       ;  ; ",
      "Penulis : Ahmad Dani Editor : Budi Santoso; Ahmad Dani;  Budi Santoso; ; ",
      "Reporter: Sari Dewi;               Sari Dewi;     ;              ; ",
      "Editor: Rudi Hartono;              ;              Rudi Hartono;  ; ",
      "Sumber: rmol;                      ;              ;  rmol;         ",
      "Sumber : The Associated Press;     ;              ;  The Associated Press; ",
      "SENIN, 22 APRIL 2024 | 11:36 WIB | LAPORAN: BONFILIO MAHENDRA; Bonfilio Mahendra; ; ; 2024-04-22T11:36+07:00",
      "Renatha Swasty • 08 Desember 2021 07:06; Renatha Swasty; ; ; 2021-12-08T07:06+07:00",
      "Juven Martua Sitompul - 10 November 2021 07:58 WIB; Juven Martua Sitompul; ; ; 2021-11-10T07:58+07:00",
  })
  void readsTheByline(String line, String authors, String editors, String source,
      String published) {
    Byline b = parser.parse(line).orElseThrow(() -> new AssertionError("not read: " + line));
    assertEquals(names(authors), b.authors());
    assertEquals(names(editors), b.editors());
    assertEquals(source, b.sourceCredit());
    assertEquals(published == null ? null : OffsetDateTime.parse(published), b.published());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Oleh karena itu, pemerintah menunda rencana tersebut.",
      "Menurut editor senior itu, sumber: pejabat yang tidak mau disebut namanya, rencana batal.",
      "Putin tiba di Pyongyang pada 19 Juni 2024 untuk kunjungan kenegaraan pertama sejak 2000, "
          + "disambut oleh Kim Jong Un di bandara.",
      "Harga naik - 12 persen",
  })
  void leavesArticleTextAlone(String line) {
    assertTrue(parser.parse(line).isEmpty(), () -> "read as a byline: " + line);
  }

  private static List<String> names(String joined) {
    return joined == null ? List.of() : Arrays.asList(joined.split("\\|"));
  }
}

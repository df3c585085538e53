package dev.kliping.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {
  private final Sentences splitter = new Sentences(Lexicon.INDONESIAN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // text; sentences separated by |
      "Sebanyak 12.000 warga mengungsi. Mereka tidur di masjid.;"
          + " Sebanyak 12.000 warga mengungsi.|Mereka tidur di masjid.",
      "Anggaran naik menjadi Rp1,5 triliun. DPR setuju.; Anggaran naik menjadi Rp1,5 triliun.|DPR setuju.",
      "Sidang digelar Senin (20/6). Hakim menunda.; Sidang digelar Senin (20/6).|Hakim menunda.",
      "Gempa terjadi pukul 10.30 WIB. Warga panik.; Gempa terjadi pukul 10.30 WIB.|Warga panik.",
      "Prof. Dr. H. Ahmad Syafii hadir. Ia bicara.; Prof. Dr. H. Ahmad Syafii hadir.|Ia bicara.",
      "Kantornya di Jl. Sudirman No. 5 Jakarta. Sepi.; Kantornya di Jl. Sudirman No. 5 Jakarta.|Sepi.",
      "Susilo B. Yudhoyono datang. Lalu pergi.; Susilo B. Yudhoyono datang.|Lalu pergi.",
      "Harga Rp. 5.000 per kilo. Naik.; Harga Rp. 5.000 per kilo.|Naik.",
      "'\"Kami siap.\" Kata dia.'; '\"Kami siap.\"|Kata dia.'",
      "Benarkah? Ya! Tentu.; Benarkah?|Ya!|Tentu.",
      "JAKARTA, KOMPAS.com - Banjir datang. Warga lari.;"
          + " JAKARTA, KOMPAS.com - Banjir datang.|Warga lari.",
      "Ia menunggu... lalu pergi.; Ia menunggu... lalu pergi.",
  })
  void splitsSentencesNotNumbersOrAbbreviations(String text, String expected) {
    List<String> want = Arrays.stream(expected.split("\\|")).map(String::trim).toList();
    assertEquals(want, splitter.split(text.trim()));
  }
}

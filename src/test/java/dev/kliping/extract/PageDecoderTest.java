package dev.kliping.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parsing the bytes gives the page that parsing their decoded text gives, whichever way the bytes
 * are read: streamed when they are well-formed UTF-8, decoded whole otherwise.
 */
class PageDecoderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ascii only               | ",
      "utf-8 multibyte          | C3A9 E28093 F09F9880",
      "utf-8 at a chunk's edge  | E28093",
      "stray continuation byte  | C3A9 C3A9 C3A9 80",
      "overlong three bytes     | C3A9 E08080",
      "encoded surrogate        | C3A9 EDA080",
      "past U+10FFFF            | C3A9 F4908080",
      "windows-1252 bytes       | E9 96",
      "byte order mark          | EFBBBF C3A9"})
  void streamedOrNotTheSamePage(String name, String hex) {
    byte[] page = page(hex == null ? "" : hex);
    for (String declared : new String[] {null, "utf-8", "windows-1252"}) {
      String expected = Jsoup.parse(PageDecoder.decode(page, declared), "https://x.example/")
          .outerHtml();
      assertEquals(expected, PageDecoder.parse(page, declared, "https://x.example/").outerHtml(),
          () -> name + ", declared " + declared);
    }
  }

  /* A page whose text holds the given bytes, repeated past the 32 KiB a reader fills at once. */
  private static byte[] page(String hex) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] head = "<html><head><title>Judul</title></head><body><p>Teks "
        .getBytes(StandardCharsets.US_ASCII);
    if (hex.startsWith("EFBBBF")) {
      out.write(0xEF);
      out.write(0xBB);
      out.write(0xBF);
      hex = hex.substring(6).strip();
    }
    out.writeBytes(head);
    byte[] sample = bytes(hex);
    for (int i = 0; i < 40_000; i++) {
      out.writeBytes(sample);
      out.write(i % 7 == 0 ? ' ' : 'a');
    }
    out.writeBytes("</p></body></html>".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static byte[] bytes(String hex) {
    String h = hex.replace(" ", "");
    byte[] b = new byte[h.length() / 2];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
    }
    return b;
  }
}

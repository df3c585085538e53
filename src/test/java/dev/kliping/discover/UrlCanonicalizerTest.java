package dev.kliping.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spellings of one story's URL that must become one page, and those that must not. */
class UrlCanonicalizerTest {
  static final UrlCanonicalizer MEDCOM = new UrlCanonicalizer(
      List.of("www.medcom.id", "m.medcom.id", "rmol.id", "www.kompas.tv"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # tracking parameters and fragments
      https://www.medcom.id/a/x?utm_source=fb&utm_medium=social | https://www.medcom.id/a/x
      https://www.medcom.id/a/x?UTM_Campaign=z#comments         | https://www.medcom.id/a/x
      https://www.medcom.id/a/x?fbclid=IwAR0&gclid=1&id=7       | https://www.medcom.id/a/x?id=7
      HTTPS://WWW.MEDCOM.ID:443/a/x                             | https://www.medcom.id/a/x
      # mobile hosts fold onto the main host, even when m. is one of the outlet's hosts
      https://m.medcom.id/a/x?utm_source=wa                     | https://www.medcom.id/a/x
      https://m.rmol.id/dunia/read/2024/06/21/625231/x          | https://rmol.id/dunia/read/2024/06/21/625231/x
      https://amp.kompas.tv/nasional/123/slug                   | https://www.kompas.tv/nasional/123/slug
      https://m.elsewhere.example/x                             | https://m.elsewhere.example/x
      # AMP paths and switches
      https://rmol.id/amp/2024/06/21/625231/x                   | https://rmol.id/2024/06/21/625231/x
      https://www.kompas.tv/nasional/123/slug/amp               | https://www.kompas.tv/nasional/123/slug
      https://www.kompas.tv/nasional/123/slug/amp/              | https://www.kompas.tv/nasional/123/slug/
      https://www.kompas.tv/nasional/123/slug?amp=1             | https://www.kompas.tv/nasional/123/slug
      https://www.kompas.tv/n/123/slug?outputType=amp           | https://www.kompas.tv/n/123/slug
      https://www.kompas.tv/n/123/slug?outputType=print         | https://www.kompas.tv/n/123/slug?outputType=print
      https://www.kompas.tv/n/123/example-amplifier             | https://www.kompas.tv/n/123/example-amplifier
      # what stays
      https://www.kompas.tv/nasional/123/slug?page=all          | https://www.kompas.tv/nasional/123/slug?page=all
      """)
  void folds(String url, String canonical) {
    assertEquals(canonical, MEDCOM.canonical(url));
  }

  @Test
  void notAUrl() {
    assertEquals(null, MEDCOM.canonical("javascript:alert(1)"));
    assertEquals(null, MEDCOM.canonical("/relative/only"));
    assertEquals(null, MEDCOM.canonical(null));
  }

  @Test
  void aDeclaredCanonicalIsBelievedOnlyOnTheOutletsHosts() {
    String fetched = "https://rmol.id/amp/2024/06/21/625231/x?utm_source=google";
    assertEquals("https://rmol.id/dunia/read/2024/06/21/625231/x",
        MEDCOM.canonical(fetched, "https://rmol.id/dunia/read/2024/06/21/625231/x#top"));
    assertEquals("https://rmol.id/2024/06/21/625231/x",
        MEDCOM.canonical(fetched, "https://spam.example/buy-now"), "another site's claim");
    assertEquals("https://rmol.id/2024/06/21/625231/x", MEDCOM.canonical(fetched, null));
    assertEquals("https://rmol.id/2024/06/21/625231/x", MEDCOM.canonical(fetched, "::garbage"));
  }

  @Test
  void readsTheCanonicalLinkOfAPage() {
    byte[] page = ("<html><head><link rel=\"alternate amphtml\" href=\"/amp/x\">"
        + "<link rel=\"Canonical\" href=\"/dunia/read/x\"></head><body></body></html>").getBytes();
    assertEquals("https://rmol.id/dunia/read/x",
        CanonicalLink.of(page, "UTF-8", "https://rmol.id/amp/x"));
    assertEquals(null, CanonicalLink.of("<p>none".getBytes(), null, "https://rmol.id/x"));
  }
}

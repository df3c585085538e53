package dev.kliping.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Pages on which the generic extractor's first reading misleads it. */
class GenericExtractorTest {

  private final ArticleExtractor extractor = Fixtures.extractor();

  /* JSON-LD declares only the first paragraphs, HTML-escaped and cut short with an ellipsis. */
  @Test
  void teaserDeclaredBodyStillGivesTheWholeArticle() {
    Article a = extract("teaser-declared-body.html");
    assertEquals(6, a.body().size(), a::text);
    assertTrue(a.text().startsWith("The ice moon's elusive plumes"), a::text);
    assertTrue(a.text().endsWith("if one erupts at the right moment."), a::text);
  }

  /* "content" marks the headline's box and "hidden" the body's label: scored again without. */
  @Test
  void misleadingClassNamesDoNotLoseTheBody() {
    Article a = extract("misleading-class.html");
    assertTrue(a.text().contains("could face up to ten years in prison"), a::text);
    assertTrue(a.text().endsWith("did not respond to a request for comment."), a::text);
    assertTrue(!a.text().contains("Most popular"), a::text);
  }

  private Article extract(String name) {
    byte[] html = Fixtures.bytes(Fixtures.ROOT.resolve("generic").resolve(name));
    return extractor.extract(html, "utf-8", "https://example.org/" + name, OutletRules.NONE, true);
  }
}

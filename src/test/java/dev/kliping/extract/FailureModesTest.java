package dev.kliping.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ways the generic extractor used to miss or cut articles on layouts it was never tuned on,
 * each as a small hand-made page in {@code src/test/resources/extract/failure-modes/} whose
 * comment says what goes wrong. Each test names the text that must be there and what must not.
 */
class FailureModesTest {

  private final ArticleExtractor extractor = Fixtures.extractor();

  @Test
  void aShortArticleIsStillAnArticle() {
    Article a = extract("short-article.html");
    assertNull(a.problem(), a::problem);
    assertEquals(List.of("Kantor tutup Senin.", "Buka lagi Selasa pukul 08.00."), a.body());
  }

  @Test
  void listsAreContent() {
    Article a = extract("list-content.html");
    has(a, "A glass jar with a lid", "Two or three small ferns",
        "Spread the pebbles over the bottom", "Mist everything lightly and close the lid.",
        "A closed terrarium keeps its own moisture", "your terrarium will thrive for years.");
    hasNot(a, "Ten easy houseplants", "Moss gardens");
  }

  @Test
  void tablesAreContent() {
    Article a = extract("table-content.html");
    has(a, "This list collects films", "Repeat Performance", "A woman who shot her husband",
        "Groundhog Day", "Source Code", "A college student relives the day of her murder");
    hasNot(a, "Privacy policy", "Random article");
  }

  @Test
  void definitionListsAndPreformattedTextAreContent() {
    Article a = extract("dl-pre-content.html");
    has(a, "The key to sharing changes", "draft",
        "A change that may still be amended", "A change that others have pulled",
        "hg clone -q public test-repo", "hg config --edit phases.publish=false",
        "leaves your changes in the draft phase.");
  }

  @Test
  void anArticleSplitOverSiblingBoxesIsWhole() {
    Article a = extract("split-siblings.html");
    has(a, "Orchids grow slowly", "Water the plant a day before", "Slide the orchid out",
        "Cut away any roots", "Set the plant in a new pot", "Wait a week before you water again");
    hasNot(a, "Log in", "Garden Notes, since 2009");
  }

  @Test
  void aLeadOutsideTheMainContainerIsKept() {
    Article a = extract("lead-outside.html");
    has(a, "Harga cabai rawit di pasar-pasar Jakarta turun", "Pedagang di Pasar Induk",
        "sebagian memilih menunda panen");
    hasNot(a, "Harga beras naik", "Berita Lainnya");
    assertTrue(a.body().get(0).startsWith("Harga cabai rawit"), a::text);
  }

  @Test
  void brSeparatedRunsBecomeParagraphs() {
    Article a = extract("br-runs.html");
    has(a, "Jembatan gantung yang menghubungkan", "Kepala desa berharap jembatan itu");
    assertEquals(3, a.body().size(), a::text);
    assertTrue(a.body().get(1).startsWith("Selama ini warga")
        && a.body().get(1).endsWith("desa seberang."), a::text);
    hasNot(a, "Hak cipta");
  }

  @Test
  void shortBoilerplateLinesAreDropped() {
    Article a = extract("short-boilerplate.html");
    assertEquals(3, a.body().size(), a::text);
    hasNot(a, "Selamat membaca", "ADVERTISEMENT", "Scroll untuk", "Recommended Video",
        "Terima kasih telah membaca");
  }

  private static void has(Article a, String... texts) {
    for (String t : texts) {
      assertTrue(a.text().contains(t), () -> "missing \"" + t + "\" in:\n" + a.text());
    }
  }

  private static void hasNot(Article a, String... texts) {
    for (String t : texts) {
      assertFalse(a.text().contains(t), () -> "boilerplate \"" + t + "\" in:\n" + a.text());
    }
  }

  private Article extract(String name) {
    byte[] html = Fixtures.bytes(Fixtures.ROOT.resolve("failure-modes").resolve(name));
    return extractor.extract(html, "utf-8", "https://example.org/" + name, OutletRules.NONE,
        true);
  }
}

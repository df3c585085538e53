package dev.kliping.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a page with no outlet rules, from the blocks of text {@link PageReader}
 * read and the regions holding them. When the page declares its whole article body (JSON-LD
 * {@code articleBody}), the container whose blocks best agree with it wins; otherwise
 * {@link Candidates} scores containers by their paragraphs. Blocks inside the chosen
 * containers are kept unless they are furniture, links or the headline. Stateless and
 * thread-safe.
 */
final class GenericExtractor {

  /* Link-heavy blocks are navigation or teasers. */
  private static final double LINK_HEAVY = 0.5;
  /* Fewer characters than this is a teaser or a headline, not an article (Readability's 500). */
  private static final int RETRY_CHARS = 500;

  /** The article's blocks, in order; empty when the page has no prose. */
  List<Block> blocks(Regions regions, JsonLd jsonLd) {
    if (regions.blocks().isEmpty()) {
      return List.of();
    }
    BodyHint hint = BodyHint.of(jsonLd);
    if (hint != null && !hint.truncated()) {
      List<Block> declared = new DeclaredBody(regions, hint).blocks();
      if (!declared.isEmpty()) {
        return declared;
      }
    }
    List<Block> article = scored(regions, true);
    if (chars(article) < RETRY_CHARS) {
      // As Readability does: a short result may come from a class name that misled ("content"
      // on a headline's box, "hidden" on a body whose label is hidden), so score again without.
      regions.clearScores();
      List<Block> plain = scored(regions, false);
      if (chars(plain) > chars(article)) {
        return plain;
      }
      if (article.isEmpty()) {
        return everything(regions);
      }
    }
    return article;
  }

  /*
   * A page too short for any paragraph to vote (a one-line notice, a page of headings and
   * pictures) still has an article: its text outside furniture. "No article found" is for pages
   * with no such text at all.
   */
  private static List<Block> everything(Regions regions) {
    List<Block> kept = new ArrayList<>();
    List<Block> all = regions.blocks();
    for (int i = 0; i < all.size(); i++) {
      Block b = all.get(i);
      if (!regions.inFurniture(i) && b.linkDensity() <= LINK_HEAVY && !b.tag().equals("h1")) {
        kept.add(b);
      }
    }
    return kept;
  }

  private static List<Block> scored(Regions regions, boolean weighHints) {
    List<Element> article = new Candidates(regions, weighHints).article();
    return article.isEmpty() ? List.of() : EdgeTrimmer.trim(kept(regions, article));
  }

  private static int chars(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) {
      n += b.text().length();
    }
    return n;
  }

  private static List<Block> kept(Regions regions, List<Element> article) {
    Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
    inside.addAll(article);
    List<Block> kept = new ArrayList<>();
    List<Block> all = regions.blocks();
    for (int i = 0; i < all.size(); i++) {
      Block b = all.get(i);
      if (!regions.inFurniture(i) && (b.linkDensity() <= LINK_HEAVY || b.inDataTable())
          && !b.tag().equals("h1") && within(b.owner(), inside, regions.root())) {
        kept.add(b);
      }
    }
    return kept;
  }

  /** True when {@code e} or one of its ancestors below {@code root} is in {@code set}. */
  static boolean within(Element e, Set<Element> set, Element root) {
    for (Element p = e; p != null; p = p.parent()) {
      if (set.contains(p)) {
        return true;
      }
      if (p == root) {
        return false;
      }
    }
    return false;
  }
}

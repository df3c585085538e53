package dev.kliping.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the article by the body the page declares for machines. Each visible block counts for
 * its ancestors by its length, positive when its text is in the declared body and negative when
 * not; the element with the highest total holds the article, and its agreeing blocks are kept.
 * The declared text itself is not used: it often lacks paragraph breaks, subheadings and lists,
 * or is cut short. Not thread-safe; one per page.
 */
final class DeclaredBody {

  /* A block is the article's when most of its word pairs are in the declared body. */
  private static final double AGREES = 0.5;
  /* The kept blocks must cover this share of the declared words, or the hint describes another text. */
  private static final double MIN_COVERAGE = 0.5;

  private final Regions regions;
  private final BodyHint hint;
  private Element container;

  DeclaredBody(Regions regions, BodyHint hint) {
    this.regions = regions;
    this.hint = hint;
  }

  /** The element holding the article, once {@link #blocks} found it; null before or when none. */
  Element container() {
    return container;
  }

  /** The article's blocks, or empty when the visible page does not agree with the declaration. */
  List<Block> blocks() {
    List<Block> all = regions.blocks();
    boolean[] agrees = new boolean[all.size()];
    // Totals in arrays, not boxed doubles, and walked in the order first met: among elements
    // with equal totals the innermost of the earliest block wins, the same on every run.
    Map<Element, double[]> totals = new IdentityHashMap<>();
    List<Element> met = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Block b = all.get(i);
      agrees[i] = b.linkDensity() <= 0.5 && hint.share(b.text()) >= AGREES;
      double v = agrees[i] ? b.text().length() : -b.text().length();
      for (Element e = b.owner(); e != null; e = e.parent()) {
        double[] t = totals.get(e);
        if (t == null) {
          t = new double[1];
          totals.put(e, t);
          met.add(e);
        }
        t[0] += v;
        if (e == regions.root()) {
          break;
        }
      }
    }
    Element best = null;
    double top = 0;
    for (Element e : met) {
      double t = totals.get(e)[0];
      if (t > top) {
        top = t;
        best = e;
      }
    }
    if (best == null) {
      return List.of();
    }
    container = best;
    List<Block> kept = new ArrayList<>();
    java.util.Set<String> words = new java.util.HashSet<>();
    java.util.Set<Element> inside = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    inside.add(best);
    for (int i = 0; i < all.size(); i++) {
      Block b = all.get(i);
      if (agrees[i] && !b.tag().equals("h1")
          && GenericExtractor.within(b.owner(), inside, regions.root())) {
        kept.add(b);
        words.addAll(List.of(BodyHint.tokens(b.text())));
      }
    }
    return words.size() >= MIN_COVERAGE * hint.size() ? kept : List.of();
  }
}

package dev.kliping.extract;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Text statistics of every element that holds a block of a page, as a {@link Tally} gathered
 * them, and which blocks sit in page furniture. An element whose markup says furniture
 * (a sidebar, a comment list, an ad slot) counts as furniture only while it holds a minority of
 * the page's prose: templates also put such words on the wrappers of the whole page
 * ({@code class="page-ad-margins"}, {@code class="has-sidebar"}). Not thread-safe; one per page.
 */
final class Regions {

  /* Blocks with fewer words are labels, dates, buttons: not prose. */
  static final int PROSE_WORDS = 8;
  static final double FURNITURE_SHARE = 0.5;
  static final double COMMENTS_SHARE = 0.8;

  /** Totals over an element's blocks, and what its markup says it is. */
  static final class Stats {
    final Hints.Kind kind;
    int chars;
    int linkChars;
    int prose;
    double score = Double.NaN;

    Stats(Hints.Kind kind) {
      this.kind = kind;
    }

    double linkDensity() {
      return chars == 0 ? 0 : Math.min(1, (double) linkChars / chars);
    }
  }

  private final Map<Element, Stats> stats;
  private final List<Block> blocks;
  private final boolean[] furniture;
  private final Element root;

  /** Regions as a {@link Tally} found them: {@code furniture[i]} says block i is furniture. */
  Regions(List<Block> blocks, Element root, Map<Element, Stats> stats, boolean[] furniture) {
    this.blocks = blocks;
    this.root = root;
    this.stats = stats;
    this.furniture = furniture;
  }

  /** The statistics of {@code e}, empty ones for an element holding no block. */
  Stats stats(Element e) {
    Stats s = stats.get(e);
    if (s == null) {
      s = new Stats(Hints.of(e));
      stats.put(e, s);
    }
    return s;
  }

  /** True when {@code e} holds blocks and is furniture by markup and by its share of prose. */
  boolean isFurniture(Element e) {
    Stats s = stats.get(e);
    if (s == null || e == root) {
      return false;
    }
    int total = stats(root).prose;
    return s.kind == Hints.Kind.COMMENTS ? s.prose < COMMENTS_SHARE * total
        : s.kind == Hints.Kind.FURNITURE && s.prose < FURNITURE_SHARE * total;
  }

  /** Forgets the scores a {@link Candidates} gave, for another to score afresh. */
  void clearScores() {
    for (Stats s : stats.values()) {
      s.score = Double.NaN;
    }
  }

  /** True when block {@code i} sits inside furniture. */
  boolean inFurniture(int i) {
    return furniture[i];
  }

  List<Block> blocks() {
    return blocks;
  }

  Element root() {
    return root;
  }
}

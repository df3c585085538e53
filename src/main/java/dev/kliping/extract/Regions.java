package dev.kliping.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Text statistics of every element that holds a block of a page, gathered in one walk up from
 * each block, and which blocks sit in page furniture. An element whose markup says furniture
 * (a sidebar, a comment list, an ad slot) counts as furniture only while it holds a minority of
 * the page's prose: templates also put such words on the wrappers of the whole page
 * ({@code class="page-ad-margins"}, {@code class="has-sidebar"}). Not thread-safe; one per page.
 */
final class Regions {

  /* Blocks with fewer words are labels, dates, buttons: not prose. */
  static final int PROSE_WORDS = 8;
  private static final double FURNITURE_SHARE = 0.5;
  private static final double COMMENTS_SHARE = 0.8;

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

  private final Map<Element, Stats> stats = new IdentityHashMap<>();
  private final List<Block> blocks;
  private final boolean[] furniture;
  private final Element root;

  private Regions(List<Block> blocks, Element root) {
    this.blocks = blocks;
    this.root = root;
    this.furniture = new boolean[blocks.size()];
  }

  /** Gathers the statistics of {@code blocks}, all of them under {@code root}. */
  static Regions of(List<Block> blocks, Element root) {
    Regions r = new Regions(blocks, root);
    List<List<Element>> marked = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      marked.add(r.add(b));
    }
    int total = r.stats(root).prose;
    for (int i = 0; i < blocks.size(); i++) {
      for (Element e : marked.get(i)) {
        Stats s = r.stats.get(e);
        double limit = s.kind == Hints.Kind.COMMENTS ? COMMENTS_SHARE : FURNITURE_SHARE;
        if (s.prose < limit * total || total == 0) {
          r.furniture[i] = true;
          break;
        }
      }
    }
    return r;
  }

  /* Adds one block to its owner and every ancestor; returns the ancestors marked furniture. */
  private List<Element> add(Block b) {
    List<Element> marked = List.of();
    int len = b.text().length();
    boolean prose = b.linkDensity() <= 0.5 && Text.hasWords(b.text(), PROSE_WORDS);
    for (Element e = b.owner(); e != null; e = e.parent()) {
      Stats s = stats(e);
      s.chars += len;
      s.linkChars += b.linkChars();
      if (prose) {
        s.prose += len;
      }
      if (e == root) {
        break;
      }
      if (s.kind == Hints.Kind.FURNITURE || s.kind == Hints.Kind.COMMENTS) {
        if (marked.isEmpty()) {
          marked = new ArrayList<>(2);
        }
        marked.add(e);
      }
    }
    return marked;
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

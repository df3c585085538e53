package dev.kliping.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Adds up, while a body is walked, the text statistics of every element that holds a block: a
 * block counts for its owner, and an element's totals pass to its parent as the walk leaves it,
 * so a block costs the same however deep it sits. Elements get their {@link Hints} when the first
 * block arrives under them, so elements holding no text cost nothing. Not thread-safe; one per
 * walk.
 */
final class Tally {

  /* The furniture and comment elements above a block, innermost first; shared between blocks. */
  private record Chain(Element element, Chain next) {}

  /* One open element of the walk; reused, so a deep page allocates its frames once. */
  private static final class Frame {
    Element element;
    int chars;
    int linkChars;
    int prose;
    Regions.Stats stats;
    Chain furniture;
  }

  private final Map<Element, Regions.Stats> stats = new IdentityHashMap<>();
  /* Templates repeat the same class attribute on many elements: read each value once. */
  private final Map<String, Hints.Kind> classKinds = new HashMap<>();
  private final List<Chain> chains = new ArrayList<>();
  private Frame[] frames = new Frame[64];
  private int depth;
  /* Frames below this depth have their stats. */
  private int resolved;

  /** The walk enters {@code e}; the first element entered is the root. */
  void open(Element e) {
    if (depth == frames.length) {
      frames = java.util.Arrays.copyOf(frames, depth * 2);
    }
    Frame f = frames[depth];
    if (f == null) {
      f = new Frame();
      frames[depth] = f;
    }
    f.element = e;
    f.chars = 0;
    f.linkChars = 0;
    f.prose = 0;
    f.stats = null;
    f.furniture = null;
    depth++;
  }

  /** The walk leaves the innermost open element. */
  void close() {
    depth--;
    Frame f = frames[depth];
    if (depth >= resolved) {
      return;
    }
    resolved = depth;
    f.stats.chars = f.chars;
    f.stats.linkChars = f.linkChars;
    f.stats.prose = f.prose;
    if (depth > 0) {
      Frame parent = frames[depth - 1];
      parent.chars += f.chars;
      parent.linkChars += f.linkChars;
      parent.prose += f.prose;
    }
  }

  /** Counts {@code b} for its owner, which must be open. */
  void add(Block b) {
    int k = depth - 1;
    while (k > 0 && frames[k].element != b.owner()) {
      k--;
    }
    for (int j = resolved; j <= k; j++) {
      resolve(j);
    }
    resolved = Math.max(resolved, k + 1);
    Frame f = frames[k];
    int len = b.text().length();
    f.chars += len;
    f.linkChars += b.linkChars();
    if (b.linkDensity() <= 0.5 && Text.hasWords(b.text(), Regions.PROSE_WORDS)) {
      f.prose += len;
    }
    chains.add(f.furniture);
  }

  private void resolve(int j) {
    Frame f = frames[j];
    f.stats = new Regions.Stats(Hints.of(f.element, classKinds));
    stats.put(f.element, f.stats);
    // The root holds all the prose: it is never furniture.
    Chain above = j == 0 ? null : frames[j - 1].furniture;
    boolean marked = j > 0
        && (f.stats.kind == Hints.Kind.FURNITURE || f.stats.kind == Hints.Kind.COMMENTS);
    f.furniture = marked ? new Chain(f.element, above) : above;
  }

  /** The regions of {@code blocks}, the blocks added in order, once the root is closed. */
  Regions regions(List<Block> blocks, Element root) {
    Regions.Stats rootStats = stats.computeIfAbsent(root, r -> new Regions.Stats(Hints.of(r)));
    int total = rootStats.prose;
    boolean[] furniture = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      for (Chain c = chains.get(i); c != null; c = c.next()) {
        Regions.Stats s = stats.get(c.element());
        double limit = s.kind == Hints.Kind.COMMENTS ? Regions.COMMENTS_SHARE
            : Regions.FURNITURE_SHARE;
        if (s.prose < limit * total || total == 0) {
          furniture[i] = true;
          break;
        }
      }
    }
    return new Regions(blocks, root, stats, furniture);
  }
}

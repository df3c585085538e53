package dev.kliping.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a page with no outlet rules. Every block of text gets a value, positive
 * for sentence-like prose and negative for links and short fragments; each value counts for the
 * block's element and all its ancestors, and the element with the highest total is the article:
 * the smallest container that holds the prose without the navigation around it. Thread-safe.
 */
final class GenericExtractor {

  /* Link-heavy blocks are navigation or teasers. */
  private static final double LINK_HEAVY = 0.5;
  private static final int PROSE_WORDS = 10;

  /** The article's blocks, in order; empty when the page has no prose. Prunes {@code doc}. */
  List<Block> blocks(Document doc, String title) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    Pruner.prune(body);
    List<Block> all = BlockReader.read(List.of(body));
    Element best = best(all, body);
    if (best == null) {
      return List.of();
    }
    List<Block> kept = new ArrayList<>();
    for (Block b : all) {
      if (inside(b.owner(), best) && b.linkDensity() <= LINK_HEAVY && !b.tag().equals("h1")) {
        kept.add(b);
      }
    }
    return kept;
  }

  private static Element best(List<Block> blocks, Element root) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Block b : blocks) {
      double v = value(b);
      for (Element e = b.owner(); e != null; e = e.parent()) {
        scores.merge(e, v, Double::sum);
        if (e == root) {
          break;
        }
      }
    }
    Element best = null;
    double top = 0;
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      if (s.getValue() > top) {
        top = s.getValue();
        best = s.getKey();
      }
    }
    return best;
  }

  private static double value(Block b) {
    int len = b.text().length();
    double ld = b.linkDensity();
    if (ld > LINK_HEAVY) {
      return -len;
    }
    if (b.isHeading()) {
      return 0;
    }
    if (Text.words(b.text()) < PROSE_WORDS) {
      return -0.3 * len;
    }
    return len * (1 - 2 * ld);
  }

  private static boolean inside(Element e, Element container) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == container) {
        return true;
      }
    }
    return false;
  }
}

package dev.kliping.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Picks the elements that hold the article, the way Firefox's reader view does: each paragraph
 * scores for its container in full and for the containers above it with decay, so one element
 * holding many paragraphs outscores a page of small teaser boxes; then the best container's
 * siblings that read as more of the same article join it. Not thread-safe; one per page.
 */
final class Candidates {

  /* Paragraphs shorter than this say too little to vote for a container. */
  private static final int MIN_VOTE_CHARS = 25;
  private static final int MAX_LEVELS = 5;
  /* Readability's figures for an article split over several candidates. */
  private static final int TOP_CANDIDATES = 5;
  private static final double CLOSE_SHARE = 0.75;
  private static final int MIN_SHARED = 3;
  /* Share of prose in a box of the article's kind for it to join without a score of its own. */
  private static final double KIN_PROSE = 0.8;
  /* Tags whose text belongs to the element around them, as a paragraph's does. */
  private static final Set<String> LEAF_TAGS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5",
      "h6", "dt", "dd", "pre", "blockquote", "td", "th", "caption", "address", "summary");

  private final Regions regions;
  private final boolean weighHints;

  /**
   * Candidates of {@code regions}; {@code weighHints} lets class and id words ("content",
   * "sidebar") count for or against a container, as they should unless they mislead. Scores
   * are kept on the regions' stats: clear them before scoring the same regions again.
   */
  Candidates(Regions regions, boolean weighHints) {
    this.regions = regions;
    this.weighHints = weighHints;
  }

  /** The article's elements in document order; empty when no paragraph voted. */
  List<Element> article() {
    Element top = top();
    if (top == null) {
      return List.of();
    }
    Element parent = top.parent();
    if (top == regions.root() || parent == null) {
      return List.of(top);
    }
    double topScore = finalScore(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
      } else if (joins(sibling, top, threshold, topScore)) {
        out.add(sibling);
      }
    }
    return out;
  }

  private boolean joins(Element sibling, Element top, double threshold, double topScore) {
    Regions.Stats s = regions.stats(sibling);
    if (s.chars == 0 || regions.isFurniture(sibling)) {
      return false;
    }
    boolean kin = kin(top, sibling);
    double bonus = kin ? topScore * 0.2 : 0;
    if (!Double.isNaN(s.score) && finalScore(sibling) + bonus >= threshold) {
      return true;
    }
    double ld = s.linkDensity();
    if (s.chars > 80) {
      // A continuation of the article in a box of the same kind may carry a subheading or a
      // photo credit among its paragraphs; another box must be all prose.
      return ld < 0.25 && (kin ? s.prose >= KIN_PROSE * s.chars : s.prose == s.chars);
    }
    return ld == 0 && s.prose == s.chars && s.chars > 0;
  }

  /* Boxes of one kind: the same class, or the same first class word ("story-body story-body-2"). */
  private static boolean kin(Element top, Element sibling) {
    String a = top.className();
    String b = sibling.className();
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    return a.equals(b) || firstWord(a).equals(firstWord(b));
  }

  private static String firstWord(String classes) {
    String c = classes.strip();
    int space = c.indexOf(' ');
    return space < 0 ? c : c.substring(0, space);
  }

  private Element top() {
    List<Block> blocks = regions.blocks();
    List<Element> scored = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (regions.inFurniture(i) || b.linkDensity() > 0.5 || b.text().length() < MIN_VOTE_CHARS) {
        continue;
      }
      double vote = 1 + commas(b.text()) + Math.min(3, b.text().length() / 100);
      Element e = LEAF_TAGS.contains(b.owner().normalName()) ? b.owner().parent() : b.owner();
      for (int level = 0; e != null && level < MAX_LEVELS; level++, e = e.parent()) {
        Regions.Stats s = regions.stats(e);
        if (Double.isNaN(s.score)) {
          s.score = initial(e, s);
          scored.add(e);
        }
        s.score += vote / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        if (e == regions.root()) {
          break;
        }
      }
    }
    scored.removeIf(e -> finalScore(e) <= 0);
    if (scored.isEmpty()) {
      return null;
    }
    scored.sort((a, b) -> Double.compare(finalScore(b), finalScore(a)));
    Element best = scored.get(0);
    best = shared(best, scored.subList(1, Math.min(TOP_CANDIDATES, scored.size())));
    return climb(growing(best));
  }

  /*
   * An article split over sibling blocks (a list's rows, a recipe's steps, a story cut by
   * ads into several boxes) gives several near-equal candidates. When enough of them score
   * close to the best, the article is the nearest ancestor of the best that holds enough of
   * them, as Readability decides.
   */
  private Element shared(Element best, List<Element> others) {
    double bestScore = finalScore(best);
    List<Element> close = new ArrayList<>();
    for (Element e : others) {
      if (finalScore(e) >= CLOSE_SHARE * bestScore) {
        close.add(e);
      }
    }
    if (close.size() < MIN_SHARED) {
      return best;
    }
    for (Element a = best.parent(); a != null; a = a.parent()) {
      int holding = 0;
      for (Element e : close) {
        if (isAncestor(a, e)) {
          holding++;
        }
      }
      if (holding >= MIN_SHARED) {
        return a;
      }
      if (a == regions.root()) {
        break;
      }
    }
    return best;
  }

  /*
   * Walks up from the best while the ancestors keep a fair share of its score, and stops at the
   * first that scores higher: that ancestor holds more of the article than the best alone.
   */
  private Element growing(Element best) {
    double last = finalScore(best);
    double floor = last / 3;
    for (Element a = best.parent(); a != null && best != regions.root(); a = a.parent()) {
      Regions.Stats s = regions.stats(a);
      if (!Double.isNaN(s.score)) {
        double score = finalScore(a);
        if (score < floor) {
          break;
        }
        if (score > last) {
          return a;
        }
        last = score;
      }
      if (a == regions.root()) {
        break;
      }
    }
    return best;
  }

  private static boolean isAncestor(Element a, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  /* A container that adds nothing to its only child's text is the same region: prefer the outer. */
  private Element climb(Element e) {
    Element c = e;
    while (c != regions.root() && c.parent() != null
        && regions.stats(c.parent()).chars == regions.stats(c).chars) {
      c = c.parent();
    }
    return c;
  }

  private double finalScore(Element e) {
    Regions.Stats s = regions.stats(e);
    return s.score * (1 - s.linkDensity());
  }

  private double initial(Element e, Regions.Stats s) {
    double weight = !weighHints ? 0
        : regions.isFurniture(e) ? -25 : s.kind == Hints.Kind.CONTENT ? 25 : 0;
    return weight + switch (e.normalName()) {
      case "div", "article" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }
}

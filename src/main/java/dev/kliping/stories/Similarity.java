package dev.kliping.stories;

import java.util.function.IntToDoubleFunction;

/**
 * The similarity that decides whether two articles tell one event: the cosine of their key-term
 * vectors, each term weighted by its kind (entity, title word, lead word) times its rarity in the
 * window. 1 for the same terms, 0 for none shared. Stateless.
 */
final class Similarity {
  private Similarity() {}

  static double cosine(TermVector a, TermVector b, IntToDoubleFunction idf) {
    return cosine(a, a.norm(idf), b, idf);
  }

  /** The cosine, given a's squared norm: an article is compared with many candidates. */
  static double cosine(TermVector a, double aNorm, TermVector b, IntToDoubleFunction idf) {
    if (a.size() == 0 || b.size() == 0) {
      return 0;
    }
    double dot = a.dot(b, idf);
    if (dot == 0) {
      return 0;
    }
    return dot / Math.sqrt(aNorm * b.norm(idf));
  }
}

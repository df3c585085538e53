package dev.kliping.stories;

import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The similarity that decides whether two articles tell one event: the cosine of their key-term
 * vectors, each term weighted by its kind (entity, title word, lead word) times its rarity in the
 * window. 1 for the same terms, 0 for none shared. Stateless.
 */
final class Similarity {
  private Similarity() {}

  static double cosine(Map<String, Float> a, Map<String, Float> b,
      ToDoubleFunction<String> idf) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Map<String, Float> small = a.size() <= b.size() ? a : b;
    Map<String, Float> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Float> t : small.entrySet()) {
      Float w = large.get(t.getKey());
      if (w != null) {
        double r = idf.applyAsDouble(t.getKey());
        dot += t.getValue() * w * r * r;
      }
    }
    if (dot == 0) {
      return 0;
    }
    return dot / Math.sqrt(norm(a, idf) * norm(b, idf));
  }

  private static double norm(Map<String, Float> v, ToDoubleFunction<String> idf) {
    double n = 0;
    for (Map.Entry<String, Float> t : v.entrySet()) {
      double w = t.getValue() * idf.applyAsDouble(t.getKey());
      n += w * w;
    }
    return n;
  }
}

package dev.kliping.stories;

import java.util.function.IntToDoubleFunction;

/**
 * An article's key terms as a sparse vector: term ids from {@link WindowTerms} in ascending
 * order, each with its weight (kind only; rarity is applied when comparing, since it changes as
 * the window moves). Sorted ids make a dot product one merge of two arrays, with no hashing.
 * Immutable, but its ids mean something only until {@link WindowTerms#release} is called on it.
 */
final class TermVector {
  private final int[] ids;
  private final float[] weights;
  /** The plain length (no rarity): how candidates of different sizes are ranked fairly. */
  private final double length;

  TermVector(int[] ids, float[] weights) {
    this.ids = ids;
    this.weights = weights;
    double l = 0;
    for (float w : weights) {
      l += w * w;
    }
    this.length = Math.sqrt(l);
  }

  int size() {
    return ids.length;
  }

  int id(int i) {
    return ids[i];
  }

  float weight(int i) {
    return weights[i];
  }

  /** The weight of the term with the id, 0 when the vector lacks it. */
  float weightOf(int id) {
    int i = java.util.Arrays.binarySearch(ids, id);
    return i >= 0 ? weights[i] : 0;
  }

  double length() {
    return length;
  }

  /** The squared norm with each weight times the term's rarity. */
  double norm(IntToDoubleFunction idf) {
    double n = 0;
    for (int i = 0; i < ids.length; i++) {
      double w = weights[i] * idf.applyAsDouble(ids[i]);
      n += w * w;
    }
    return n;
  }

  /** The dot product with each shared term's weights times its rarity squared. */
  double dot(TermVector o, IntToDoubleFunction idf) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < o.ids.length) {
      int a = ids[i];
      int b = o.ids[j];
      if (a < b) {
        i++;
      } else if (a > b) {
        j++;
      } else {
        double r = idf.applyAsDouble(a);
        dot += weights[i] * o.weights[j] * r * r;
        i++;
        j++;
      }
    }
    return dot;
  }
}

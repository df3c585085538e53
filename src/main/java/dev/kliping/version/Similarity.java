package dev.kliping.version;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How alike two sentences are, by the words they share. */
final class Similarity {
  private Similarity() {}

  /**
   * The Dice coefficient over the sentences' words (lower case, punctuation set aside, counted
   * with repeats): 1 for the same words, 0 for none in common.
   */
  static double dice(String a, String b) {
    Map<String, Integer> counts = new HashMap<>();
    List<String> left = Words.of(a);
    List<String> right = Words.of(b);
    for (String w : left) {
      counts.merge(key(w), 1, Integer::sum);
    }
    int shared = 0;
    for (String w : right) {
      Integer c = counts.get(key(w));
      if (c != null && c > 0) {
        shared++;
        counts.put(key(w), c - 1);
      }
    }
    int total = left.size() + right.size();
    return total == 0 ? 1 : 2.0 * shared / total;
  }

  private static String key(String word) {
    return Words.bare(word).toLowerCase(Locale.ROOT);
  }
}

package dev.kliping.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Word-level comparison of an extracted body with a golden one. */
final class GoldenCheck {

  private GoldenCheck() {}

  /** Share of the golden body's words (as a multiset) found in the extracted body. */
  static double wordRecall(List<String> golden, List<String> extracted) {
    Map<String, Integer> have = counts(String.join(" ", extracted));
    Map<String, Integer> want = counts(String.join(" ", golden));
    int total = 0;
    int found = 0;
    for (Map.Entry<String, Integer> w : want.entrySet()) {
      total += w.getValue();
      found += Math.min(w.getValue(), have.getOrDefault(w.getKey(), 0));
    }
    return total == 0 ? 1 : (double) found / total;
  }

  private static Map<String, Integer> counts(String text) {
    Map<String, Integer> m = new HashMap<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        m.merge(w, 1, Integer::sum);
      }
    }
    return m;
  }
}

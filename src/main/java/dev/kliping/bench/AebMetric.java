package dev.kliping.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article extraction benchmark's metric: 4-token shingles compared as multisets, precision
 * and recall averaged over pages. Pure and thread-safe.
 */
public final class AebMetric {

  /* Word characters as the benchmark counts them: letters, digits and underscore. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int SHINGLE = 4;

  private AebMetric() {}

  /** One page's counts, and whether its token lists were identical. */
  public record PageScore(int tp, int fp, int fn, boolean exact) {

    public double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The benchmark's summary over many pages. */
  public record Summary(double precision, double recall, double f1, double accuracy, int pages) {}

  /** The tokens of {@code text}; empty for null. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Scores one predicted text against the true one. */
  public static PageScore score(String predicted, String truth) {
    List<String> p = tokens(predicted);
    List<String> t = tokens(truth);
    Map<List<String>, Integer> ps = shingles(p);
    Map<List<String>, Integer> ts = shingles(t);
    int tp = 0;
    for (Map.Entry<List<String>, Integer> e : ps.entrySet()) {
      tp += Math.min(e.getValue(), ts.getOrDefault(e.getKey(), 0));
    }
    int np = count(ps);
    int nt = count(ts);
    return new PageScore(tp, np - tp, nt - tp, p.equals(t));
  }

  /** Means of precision and recall over the pages, F1 of the two means, share of exact pages. */
  public static Summary summarise(List<PageScore> pages) {
    double p = 0;
    double r = 0;
    int np = 0;
    int nr = 0;
    int exact = 0;
    for (PageScore s : pages) {
      if (s.tp() + s.fp() > 0) {
        p += s.precision();
        np++;
      }
      if (s.tp() + s.fn() > 0) {
        r += s.recall();
        nr++;
      }
      if (s.exact()) {
        exact++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Summary(precision, recall, f1, pages.isEmpty() ? 0 : (double) exact / pages.size(),
        pages.size());
  }

  /* A text shorter than a shingle still gives one (shorter, possibly empty) shingle. */
  static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> counts = new HashMap<>();
    int n = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE))), 1,
          Integer::sum);
    }
    return counts;
  }

  private static int count(Map<List<String>, Integer> m) {
    int n = 0;
    for (int c : m.values()) {
      n += c;
    }
    return n;
  }
}

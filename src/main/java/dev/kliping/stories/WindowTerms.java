package dev.kliping.stories;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The key terms the story desk holds, as small ids: how many articles of the window carry each
 * (for its rarity) and how many vectors use each, so that an id no vector uses is given to a new
 * term and a long run does not accumulate every name it ever met. Not thread-safe: the desk
 * serialises its calls.
 */
final class WindowTerms {
  /**
   * About a day of the five outlets' articles: the window counts as at least this many, so that
   * in a small one (a new archive, one event) the terms every article shares are not taken for
   * common words.
   */
  static final int MIN_WINDOW = 500;

  private final Map<String, Integer> ids = new HashMap<>();
  private String[] names = new String[1024];
  private int[] users = new int[1024];
  private int[] df = new int[1024];
  private double[] idf = new double[1024];
  /** The round each cached rarity was computed in; 0 when a count has changed since. */
  private int[] idfRound = new int[1024];
  private int[] free = new int[64];
  private int freeCount;
  private int next;
  private int round = 1;
  private long windowArticles = MIN_WINDOW;

  /** The terms as a vector of ids, each id taken until the vector is released. */
  TermVector vector(Map<String, Float> terms) {
    int[] out = new int[terms.size()];
    int n = 0;
    for (String t : terms.keySet()) {
      out[n++] = take(t);
    }
    Arrays.sort(out);
    float[] weights = new float[n];
    for (int i = 0; i < n; i++) {
      weights[i] = terms.get(names[out[i]]);
    }
    return new TermVector(out, weights);
  }

  /** Takes the vector's ids once more, for a second holder that releases them on its own. */
  TermVector share(TermVector v) {
    for (int i = 0; i < v.size(); i++) {
      users[v.id(i)]++;
    }
    return v;
  }

  /** Gives back the vector's ids: it must not be used afterwards. */
  void release(TermVector v) {
    for (int i = 0; i < v.size(); i++) {
      int id = v.id(i);
      if (--users[id] == 0) {
        ids.remove(names[id]);
        names[id] = null;
        if (freeCount == free.length) {
          free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = id;
      }
    }
  }

  /** Counts the vector's terms in (delta 1) or out of (delta -1) the window's articles. */
  void count(TermVector v, int delta) {
    for (int i = 0; i < v.size(); i++) {
      df[v.id(i)] += delta;
      idfRound[v.id(i)] = 0;
    }
  }

  /** Starts a new article's round: rarities are computed once per term and round. */
  void startRound(int articles) {
    round++;
    windowArticles = Math.max(MIN_WINDOW, articles);
  }

  /** A term's rarity in the window (BM25's idf): high for a name few articles carry. */
  double idf(int id) {
    if (idfRound[id] != round) {
      int f = df[id];
      idf[id] = Math.log(1 + (windowArticles - f + 0.5) / (f + 0.5));
      idfRound[id] = round;
    }
    return idf[id];
  }

  /** The terms of the vector, space-separated, as a story's key terms are stored. */
  String joined(TermVector v) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < v.size(); i++) {
      out.append(i == 0 ? "" : " ").append(names[v.id(i)]);
    }
    return out.toString();
  }

  /** How many terms are in use. */
  int size() {
    return ids.size();
  }

  /** One more than the highest id handed out so far. */
  int capacity() {
    return next;
  }

  private int take(String term) {
    Integer known = ids.get(term);
    int id;
    if (known != null) {
      id = known;
    } else {
      id = freeCount > 0 ? free[--freeCount] : next++;
      if (id == names.length) {
        int size = names.length * 2;
        names = Arrays.copyOf(names, size);
        users = Arrays.copyOf(users, size);
        df = Arrays.copyOf(df, size);
        idf = Arrays.copyOf(idf, size);
        idfRound = Arrays.copyOf(idfRound, size);
      }
      ids.put(term, id);
      names[id] = term;
      df[id] = 0;
      idfRound[id] = 0;
    }
    users[id]++;
    return id;
  }
}

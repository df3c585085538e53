package dev.kliping.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.function.Predicate;

/**
 * A small in-memory inverted index of key-term vectors with a time, used to find candidates:
 * the articles of the window, or the stories a follow-up may continue. A plain index rather than
 * Lucene's: it holds a few thousand short vectors that change with every article, where Lucene
 * spent most of an article's time opening segments and seeking terms, and it scores with the
 * desk's own rarities. Kept apart from the archive's search index. Not thread-safe: the story
 * desk serialises its calls.
 *
 * @param <T> what each entry carries back to the caller
 */
final class TermIndex<T> {
  /** Removed entries are swept out of every posting list once they outnumber the live ones. */
  private static final int SWEEP_FROM = 1024;
  /** How many entries a search scores at most: ten times the candidates a desk asks for. */
  static final int ACCUMULATORS = 256;
  /** A binary search in a vector costs about as much as this many steps along a posting list. */
  private static final int LOOKUP_RATIO = 8;

  /** An entry: its id, time, vector and value. */
  static final class Entry<T> {
    private final long id;
    private final long at;
    private final TermVector terms;
    private final T value;
    private boolean live = true;
    private double score;
    private int round;

    private Entry(long id, long at, TermVector terms, T value) {
      this.id = id;
      this.at = at;
      this.terms = terms;
      this.value = value;
    }

    long id() {
      return id;
    }

    long at() {
      return at;
    }

    TermVector terms() {
      return terms;
    }

    T value() {
      return value;
    }
  }

  /** The entries carrying one term, with the term's weight in each. */
  private static final class Postings {
    private Entry<?>[] entries = new Entry<?>[4];
    private float[] weights = new float[4];
    private int size;

    void add(Entry<?> e, float w) {
      if (size == entries.length) {
        entries = Arrays.copyOf(entries, size * 2);
        weights = Arrays.copyOf(weights, size * 2);
      }
      entries[size] = e;
      weights[size++] = w;
    }

    /** Drops the removed entries, keeping the order. */
    void sweep() {
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (entries[i].live) {
          entries[n] = entries[i];
          weights[n++] = weights[i];
        }
      }
      Arrays.fill(entries, n, size, null);
      size = n;
      if (entries.length > 16 && size < entries.length / 4) {
        entries = Arrays.copyOf(entries, Math.max(4, size * 2));
        weights = Arrays.copyOf(weights, entries.length);
      }
    }
  }

  private final Map<Long, Entry<T>> entries = new HashMap<>();
  private Postings[] postings = new Postings[1024];
  private int removed;
  private int round;

  /** Adds the entry, replacing any earlier one with the same id. */
  void put(long id, long at, TermVector terms, T value) {
    remove(id);
    Entry<T> e = new Entry<>(id, at, terms, value);
    entries.put(id, e);
    for (int i = 0; i < terms.size(); i++) {
      int term = terms.id(i);
      if (term >= postings.length) {
        postings = Arrays.copyOf(postings, Math.max(term + 1, postings.length * 2));
      }
      if (postings[term] == null) {
        postings[term] = new Postings();
      }
      postings[term].add(e, terms.weight(i));
    }
  }

  /** The entry with the id, or null. */
  Entry<T> get(long id) {
    return entries.get(id);
  }

  /** Removes the entry with the id and returns it, or null when there is none. */
  Entry<T> remove(long id) {
    Entry<T> e = entries.remove(id);
    if (e != null) {
      e.live = false;
      removed++;
      if (removed >= SWEEP_FROM && removed > entries.size()) {
        for (Postings p : postings) {
          if (p != null) {
            p.sweep();
          }
        }
        removed = 0;
      }
    }
    return e;
  }

  /** Removes the entries that match and returns them. */
  List<Entry<T>> removeIf(Predicate<Entry<T>> which) {
    List<Entry<T>> out = new ArrayList<>();
    for (Entry<T> e : entries.values()) {
      if (which.test(e)) {
        out.add(e);
      }
    }
    for (Entry<T> e : out) {
      remove(e.id);
    }
    return out;
  }

  int size() {
    return entries.size();
  }

  /**
   * Up to limit entries with a time in [from, to] that share the most weight with the query's
   * terms at the given positions (each product of weights times the term's rarity squared, as
   * the cosine counts it), divided by the entry's plain length so that long entries do not win
   * by size; best first. The positions come strongest first: once {@value #ACCUMULATORS}
   * entries have been found, weaker terms only add to their scores (the "continue" strategy of
   * limited accumulators), since an entry that shares none of the strong terms cannot rank
   * among the best, and a common word would otherwise make every search touch most entries.
   */
  List<Entry<T>> search(TermVector query, int[] positions, IntToDoubleFunction idf, long from,
      long to, int limit) {
    int r = ++round;
    List<Entry<T>> touched = new ArrayList<>(ACCUMULATORS);
    for (int q : positions) {
      int term = query.id(q);
      Postings p = term < postings.length ? postings[term] : null;
      if (p == null) {
        continue;
      }
      boolean adding = touched.size() < ACCUMULATORS;
      double rarity = idf.applyAsDouble(term);
      double w = query.weight(q) * rarity * rarity;
      if (!adding && p.size > LOOKUP_RATIO * touched.size()) {
        // A common term of many entries (old story heads pile up): looking it up in the entries
        // already found costs less than walking its postings.
        for (Entry<T> e : touched) {
          e.score += w * e.terms.weightOf(term);
        }
        continue;
      }
      for (int i = 0; i < p.size; i++) {
        @SuppressWarnings("unchecked")
        Entry<T> e = (Entry<T>) p.entries[i];
        if (e.round != r) {
          if (!adding || !e.live || e.at < from || e.at > to) {
            continue;
          }
          e.round = r;
          e.score = 0;
          touched.add(e);
        }
        e.score += w * p.weights[i];
      }
    }
    return best(touched, limit);
  }

  /**
   * The limit best of the entries by rank, best first, of equal ones the earlier id: a small
   * array kept in order, which most entries (sharing a common word or two) fail to enter.
   */
  private List<Entry<T>> best(List<Entry<T>> touched, int limit) {
    List<Entry<T>> best = new ArrayList<>(limit + 1);
    double[] ranks = new double[limit + 1];
    for (Entry<T> e : touched) {
      double r = rank(e);
      int n = best.size();
      if (n == limit && !better(r, e.id, ranks[n - 1], best.get(n - 1).id)) {
        continue;
      }
      int i = n;
      while (i > 0 && better(r, e.id, ranks[i - 1], best.get(i - 1).id)) {
        ranks[i] = ranks[i - 1];
        i--;
      }
      ranks[i] = r;
      best.add(i, e);
      if (best.size() > limit) {
        best.remove(limit);
      }
    }
    return best;
  }

  private static boolean better(double rank, long id, double otherRank, long otherId) {
    return rank > otherRank || (rank == otherRank && id < otherId);
  }

  private static double rank(Entry<?> e) {
    return e.score / Math.max(1e-9, e.terms.length());
  }
}

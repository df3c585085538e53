package dev.kliping.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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
   * by size; best first.
   */
  List<Entry<T>> search(TermVector query, int[] positions, IntToDoubleFunction idf, long from,
      long to, int limit) {
    int r = ++round;
    List<Entry<T>> touched = new ArrayList<>();
    for (int q : positions) {
      int term = query.id(q);
      Postings p = term < postings.length ? postings[term] : null;
      if (p == null) {
        continue;
      }
      double rarity = idf.applyAsDouble(term);
      double w = query.weight(q) * rarity * rarity;
      for (int i = 0; i < p.size; i++) {
        @SuppressWarnings("unchecked")
        Entry<T> e = (Entry<T>) p.entries[i];
        if (!e.live || e.at < from || e.at > to) {
          continue;
        }
        if (e.round != r) {
          e.round = r;
          e.score = 0;
          touched.add(e);
        }
        e.score += w * p.weights[i];
      }
    }
    // Worst first, so the queue keeps the best; of equal ones the earlier id wins.
    Comparator<Entry<T>> worse = Comparator.<Entry<T>>comparingDouble(TermIndex::rank)
        .thenComparing(Comparator.<Entry<T>>comparingLong(e -> e.id).reversed());
    PriorityQueue<Entry<T>> best = new PriorityQueue<>(limit + 1, worse);
    for (Entry<T> e : touched) {
      best.add(e);
      if (best.size() > limit) {
        best.poll();
      }
    }
    List<Entry<T>> out = new ArrayList<>(best);
    out.sort(worse.reversed());
    return out;
  }

  private static double rank(Entry<?> e) {
    return e.score / Math.max(1e-9, e.terms.length());
  }
}

package dev.kliping.stories;

import java.util.Arrays;

/**
 * Runs of {@value #SIZE} consecutive normalised words, hashed to 64 bits: the anchors of passage
 * finding. Five words are rare enough that two articles sharing a shingle almost always share
 * the text around it, and short enough that an edit every sixth word still leaves anchors.
 */
final class Shingles {
  static final int SIZE = 5;

  private Shingles() {}

  /** The hash of the shingle starting at word i; i + SIZE must not exceed the size. */
  static long at(Words w, int i) {
    long h = 0x9E3779B97F4A7C15L;
    for (int k = i; k < i + SIZE; k++) {
      h = (h ^ w.word(k).hashCode()) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    return h;
  }

  /** Every shingle of the words, sorted, each once: for counting shared shingles quickly. */
  static long[] distinct(Words w) {
    int n = w.size() - SIZE + 1;
    if (n <= 0) {
      return new long[0];
    }
    long[] all = new long[n];
    for (int i = 0; i < n; i++) {
      all[i] = at(w, i);
    }
    Arrays.sort(all);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[m++] = all[i];
      }
    }
    return Arrays.copyOf(all, m);
  }

  /** How many shingles two sorted distinct arrays share. */
  static int shared(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }
}

package dev.kliping.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the passages two texts share, as passim and TextPAIR do for books: shared five-word
 * shingles are anchors; anchors that follow one another in both texts, with at most a few edited
 * words between them, are chained into one passage, which is then extended word by word while
 * both texts agree. A passage counts from {@value #MIN_WORDS} words. Stateless and thread-safe.
 */
public final class PassageFinder {
  /** The shortest passage worth reporting; shorter ones are set phrases and quotations. */
  public static final int MIN_WORDS = 12;
  /**
   * How far the next anchor may be, in words, on both sides, for a passage to go on: an edit of
   * up to six words (a name spelled out, a clause dropped) does not split a passage.
   */
  private static final int GAP = Shingles.SIZE + 6;
  /** The longest edit crossed at a passage's ends, in words on either side. */
  private static final int EDIT = 2;
  /** How many words must agree again after such an edit for the passage to go on. */
  private static final int AGAIN = 2;
  /** A shingle this frequent in the source is boilerplate inside it, not an anchor. */
  private static final int MAX_REPEATS = 4;

  /** The shared passages, in target order; empty when there are none. */
  public List<Passage> find(Words source, Words target) {
    Map<Long, int[]> positions = positions(source);
    List<int[]> chains = new ArrayList<>(); // firstI, firstJ, lastI, lastJ
    List<int[]> closed = new ArrayList<>();
    for (int j = 0; j + Shingles.SIZE <= target.size(); j++) {
      int[] at = positions.get(Shingles.at(target, j));
      if (at == null || at[0] > MAX_REPEATS) {
        continue;
      }
      for (int k = 1; k <= at[0]; k++) {
        chain(chains, closed, at[k], j);
      }
    }
    closed.addAll(chains);
    List<Passage> out = new ArrayList<>();
    for (int[] c : closed) {
      Passage p = extend(source, target, c[0], c[2] + Shingles.SIZE, c[1], c[3] + Shingles.SIZE);
      if (p.words() >= MIN_WORDS) {
        out.add(p);
      }
    }
    out.sort((a, b) -> Integer.compare(a.targetFrom(), b.targetFrom()));
    return out;
  }

  private static Map<Long, int[]> positions(Words source) {
    Map<Long, int[]> out = new HashMap<>();
    for (int i = 0; i + Shingles.SIZE <= source.size(); i++) {
      // at[0] is the count, then the positions (up to MAX_REPEATS + 1 kept).
      int[] at = out.computeIfAbsent(Shingles.at(source, i), h -> new int[MAX_REPEATS + 2]);
      if (at[0] <= MAX_REPEATS) {
        at[++at[0]] = i;
      } else {
        at[0] = MAX_REPEATS + 1;
      }
    }
    return out;
  }

  /** Adds anchor (i, j) to the open chain it continues best, or opens a new chain. */
  private static void chain(List<int[]> chains, List<int[]> closed, int i, int j) {
    int[] best = null;
    int bestSkew = Integer.MAX_VALUE;
    for (int n = chains.size() - 1; n >= 0; n--) {
      int[] c = chains.get(n);
      if (j - c[3] > GAP) {
        closed.add(chains.remove(n));
        continue;
      }
      int di = i - c[2];
      int dj = j - c[3];
      if (di > 0 && dj > 0 && di <= GAP) {
        int skew = Math.abs(di - dj);
        if (skew < bestSkew) {
          best = c;
          bestSkew = skew;
        }
      }
    }
    if (best != null) {
      best[2] = i;
      best[3] = j;
    } else {
      chains.add(new int[] {i, j, i, j});
    }
  }

  private static Passage extend(Words s, Words t, int sFrom, int sTo, int tFrom, int tTo) {
    while (true) {
      while (sTo < s.size() && tTo < t.size() && s.word(sTo).equals(t.word(tTo))) {
        sTo++;
        tTo++;
      }
      int[] skip = resume(s, t, sTo, tTo, 1);
      if (skip == null) {
        break;
      }
      sTo = skip[0];
      tTo = skip[1];
    }
    while (true) {
      while (sFrom > 0 && tFrom > 0 && s.word(sFrom - 1).equals(t.word(tFrom - 1))) {
        sFrom--;
        tFrom--;
      }
      int[] skip = resume(s, t, sFrom - 1, tFrom - 1, -1);
      if (skip == null) {
        break;
      }
      sFrom = skip[0] + 1;
      tFrom = skip[1] + 1;
    }
    return new Passage(sFrom, sTo, tFrom, tTo, s.start(sFrom), s.end(sTo - 1), t.start(tFrom),
        t.end(tTo - 1));
  }

  /**
   * Past a small edit at (i, j), going in direction step: the nearest positions, at most
   * {@value #EDIT} words on, where {@value #AGAIN} words agree again; null when there are none.
   */
  private static int[] resume(Words s, Words t, int i, int j, int step) {
    for (int reach = 1; reach <= 2 * EDIT; reach++) {
      for (int a = 0; a <= Math.min(reach, EDIT); a++) {
        int b = reach - a;
        if (b > EDIT) {
          continue;
        }
        if (agree(s, t, i + a * step, j + b * step, step)) {
          return new int[] {i + a * step, j + b * step};
        }
      }
    }
    return null;
  }

  private static boolean agree(Words s, Words t, int i, int j, int step) {
    for (int k = 0; k < AGAIN; k++) {
      int x = i + k * step;
      int y = j + k * step;
      if (x < 0 || y < 0 || x >= s.size() || y >= t.size() || !s.word(x).equals(t.word(y))) {
        return false;
      }
    }
    return true;
  }
}

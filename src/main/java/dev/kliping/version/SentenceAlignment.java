package dev.kliping.version;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines up the sentences of two bodies: equal sentences in order are unchanged (a Myers diff over
 * whole sentences); an equal sentence found elsewhere has moved; within each changed stretch,
 * sentences split or joined without changing a letter are one edited group, and a removed and an
 * added sentence that share at least half their words are one edited sentence; a pair in
 * different places that shares four fifths has moved and been edited; the rest were added or
 * removed. Pure and thread-safe.
 */
final class SentenceAlignment {
  /** Share of words two sentences need in common to be one sentence edited in place. */
  static final double EDITED = 0.5;
  /** The share needed to call two sentences in different places one sentence moved. */
  static final double MOVED = 0.8;
  /** At most this many sentences on either side of a split or join. */
  private static final int GROUP = 3;

  /** One sentence and the paragraph it is in. */
  record Sentence(String text, int paragraph) {}

  /**
   * Old sentences [oldFrom, oldTo) lined up with new sentences [newFrom, newTo); a side is empty
   * for an added or removed sentence, and holds more than one for a split or join.
   */
  record Pair(SentenceChange.Op op, int oldFrom, int oldTo, int newFrom, int newTo) {}

  /** Which sentences are taken, and the pair that starts at each new sentence. */
  private static final class Links {
    final boolean[] oldTaken;
    final boolean[] newTaken;
    final Pair[] startingAt;

    Links(int oldSize, int newSize) {
      oldTaken = new boolean[oldSize];
      newTaken = new boolean[newSize];
      startingAt = new Pair[newSize];
    }

    void link(SentenceChange.Op op, int oldFrom, int oldTo, int newFrom, int newTo) {
      Arrays.fill(oldTaken, oldFrom, oldTo, true);
      Arrays.fill(newTaken, newFrom, newTo, true);
      startingAt[newFrom] = new Pair(op, oldFrom, oldTo, newFrom, newTo);
    }

    boolean free(boolean[] taken, int from, int to) {
      for (int i = from; i < to; i++) {
        if (taken[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private SentenceAlignment() {}

  /** The sentences of the paragraphs, in order, each with its paragraph's index. */
  static List<Sentence> sentences(List<String> paragraphs, Sentences splitter) {
    List<Sentence> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (String s : splitter.split(paragraphs.get(p))) {
        out.add(new Sentence(s, p));
      }
    }
    return out;
  }

  /** Every old and new sentence, once, in reading order of the new text. */
  static List<Pair> align(List<Sentence> before, List<Sentence> after, Lexicon lexicon) {
    List<String> oldTexts = before.stream().map(Sentence::text).toList();
    List<String> newTexts = after.stream().map(Sentence::text).toList();
    List<AbstractDelta<String>> deltas = DiffUtils.diff(oldTexts, newTexts).getDeltas();
    Links links = new Links(before.size(), after.size());
    markUnchanged(deltas, before.size(), links);
    markMoved(oldTexts, newTexts, links);
    for (AbstractDelta<String> d : deltas) {
      int oldFrom = d.getSource().getPosition();
      int oldTo = oldFrom + d.getSource().size();
      int newFrom = d.getTarget().getPosition();
      int newTo = newFrom + d.getTarget().size();
      pairSplits(oldTexts, newTexts, oldFrom, oldTo, newFrom, newTo, links, lexicon);
      pairSimilar(oldTexts, newTexts, oldFrom, oldTo, newFrom, newTo, EDITED,
          SentenceChange.Op.EDITED, links);
    }
    pairSimilar(oldTexts, newTexts, 0, before.size(), 0, after.size(), MOVED,
        SentenceChange.Op.MOVED, links);
    return order(deltas, before.size(), links);
  }

  private static void markUnchanged(List<AbstractDelta<String>> deltas, int oldSize,
      Links links) {
    int o = 0;
    int n = 0;
    for (AbstractDelta<String> d : deltas) {
      while (o < d.getSource().getPosition()) {
        links.link(SentenceChange.Op.UNCHANGED, o, ++o, n, ++n);
      }
      o += d.getSource().size();
      n += d.getTarget().size();
    }
    while (o < oldSize) {
      links.link(SentenceChange.Op.UNCHANGED, o, ++o, n, ++n);
    }
  }

  private static void markMoved(List<String> oldTexts, List<String> newTexts, Links links) {
    Map<String, ArrayDeque<Integer>> loose = new HashMap<>();
    for (int o = 0; o < oldTexts.size(); o++) {
      if (!links.oldTaken[o]) {
        loose.computeIfAbsent(oldTexts.get(o), k -> new ArrayDeque<>()).add(o);
      }
    }
    for (int n = 0; n < newTexts.size(); n++) {
      ArrayDeque<Integer> same = links.newTaken[n] ? null : loose.get(newTexts.get(n));
      if (same != null && !same.isEmpty()) {
        int o = same.poll();
        links.link(SentenceChange.Op.MOVED, o, o + 1, n, n + 1);
      }
    }
  }

  /** Pairs runs of sentences that are the same letters and numbers split differently. */
  private static void pairSplits(List<String> oldTexts, List<String> newTexts, int oldFrom,
      int oldTo, int newFrom, int newTo, Links links, Lexicon lexicon) {
    for (int o = oldFrom; o < oldTo; o++) {
      for (int n = newFrom; n < newTo; n++) {
        for (int k = 1; k <= GROUP && o + k <= oldTo; k++) {
          for (int l = 1; l <= GROUP && n + l <= newTo; l++) {
            if ((k > 1 || l > 1) && links.free(links.oldTaken, o, o + k)
                && links.free(links.newTaken, n, n + l)
                && sameText(oldTexts.subList(o, o + k), newTexts.subList(n, n + l), lexicon)) {
              links.link(SentenceChange.Op.EDITED, o, o + k, n, n + l);
            }
          }
        }
      }
    }
  }

  private static boolean sameText(List<String> a, List<String> b, Lexicon lexicon) {
    List<String> left = Words.of(String.join(" ", a));
    List<String> right = Words.of(String.join(" ", b));
    return Words.letters(left).equals(Words.letters(right))
        && Words.numbers(left, lexicon).equals(Words.numbers(right, lexicon));
  }

  /** Pairs loose sentences of the two ranges, most similar first, down to the threshold. */
  private static void pairSimilar(List<String> oldTexts, List<String> newTexts, int oldFrom,
      int oldTo, int newFrom, int newTo, double threshold, SentenceChange.Op op, Links links) {
    record Candidate(int o, int n, double score) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int o = oldFrom; o < oldTo; o++) {
      if (links.oldTaken[o]) {
        continue;
      }
      for (int n = newFrom; n < newTo; n++) {
        if (!links.newTaken[n]) {
          double s = Similarity.dice(oldTexts.get(o), newTexts.get(n));
          if (s >= threshold) {
            candidates.add(new Candidate(o, n, s));
          }
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    for (Candidate c : candidates) {
      if (!links.oldTaken[c.o()] && !links.newTaken[c.n()]) {
        links.link(op, c.o(), c.o() + 1, c.n(), c.n() + 1);
      }
    }
  }

  /**
   * Walks the diff: unchanged sentences in place; in each changed stretch, its removed sentences
   * first, then its new sentences (edited, moved here, or added).
   */
  private static List<Pair> order(List<AbstractDelta<String>> deltas, int oldSize, Links links) {
    List<Pair> out = new ArrayList<>();
    int o = 0;
    int n = 0;
    for (AbstractDelta<String> d : deltas) {
      while (o < d.getSource().getPosition()) {
        out.add(links.startingAt[n]);
        o++;
        n++;
      }
      for (int end = o + d.getSource().size(); o < end; o++) {
        if (!links.oldTaken[o]) {
          out.add(new Pair(SentenceChange.Op.REMOVED, o, o + 1, -1, -1));
        }
      }
      for (int end = n + d.getTarget().size(); n < end; n++) {
        if (!links.newTaken[n]) {
          out.add(new Pair(SentenceChange.Op.ADDED, -1, -1, n, n + 1));
        } else if (links.startingAt[n] != null) {
          out.add(links.startingAt[n]);
        }
      }
    }
    while (o < oldSize) {
      out.add(links.startingAt[n]);
      o++;
      n++;
    }
    return out;
  }
}

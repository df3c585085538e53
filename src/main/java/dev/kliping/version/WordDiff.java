package dev.kliping.version;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level differences between two texts. A word is a run of characters between spaces, with
 * its punctuation attached, so "12.000," is one word; texts are already normalised, so single
 * spaces separate words. Paragraphs are separated by the {@link WordChange#PARAGRAPH} token.
 */
public final class WordDiff {
  private WordDiff() {}

  /** The runs of changed words from {@code before} to {@code after}, in text order. */
  public static List<WordChange> between(String field, List<String> before, List<String> after) {
    // The linear-space Myers variant keeps memory flat when a whole article is rewritten; it
    // reports a replacement as a delete next to an insert, so adjacent runs are merged.
    List<AbstractDelta<String>> deltas =
        DiffUtils.diff(before, after, new MyersDiffWithLinearSpace<String>()).getDeltas();
    int[] oldIndex = wordIndex(before);
    int[] newIndex = wordIndex(after);
    List<WordChange> changes = new ArrayList<>(deltas.size());
    int i = 0;
    while (i < deltas.size()) {
      Chunk<String> source = deltas.get(i).getSource();
      Chunk<String> target = deltas.get(i).getTarget();
      int oldEnd = source.getPosition() + source.size();
      int newEnd = target.getPosition() + target.size();
      int j = i + 1;
      while (j < deltas.size() && deltas.get(j).getSource().getPosition() == oldEnd
          && deltas.get(j).getTarget().getPosition() == newEnd) {
        oldEnd += deltas.get(j).getSource().size();
        newEnd += deltas.get(j).getTarget().size();
        j++;
      }
      List<String> removed = before.subList(source.getPosition(), oldEnd);
      List<String> added = after.subList(target.getPosition(), newEnd);
      WordChange.Op op = removed.isEmpty() ? WordChange.Op.INSERT
          : added.isEmpty() ? WordChange.Op.DELETE : WordChange.Op.REPLACE;
      changes.add(new WordChange(field, op, oldIndex[source.getPosition()],
          newIndex[target.getPosition()], removed, added));
      i = j;
    }
    return changes;
  }

  /** For each token position (and one past the end), how many real words come before it. */
  private static int[] wordIndex(List<String> tokens) {
    int[] index = new int[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      index[i + 1] = index[i] + (WordChange.PARAGRAPH.equals(tokens.get(i)) ? 0 : 1);
    }
    return index;
  }

  /** "2 words replaced, 9 inserted, 1 paragraph break removed", or "" when nothing changed. */
  public static String summary(List<WordChange> changes) {
    long replaced = 0;
    long inserted = 0;
    long deleted = 0;
    long breaks = 0;
    for (WordChange c : changes) {
      long before = count(c.oldWords(), false);
      long after = count(c.newWords(), false);
      replaced += Math.min(before, after);
      inserted += Math.max(0, after - before);
      deleted += Math.max(0, before - after);
      breaks += count(c.newWords(), true) - count(c.oldWords(), true);
    }
    List<String> parts = new ArrayList<>();
    part(parts, replaced, "replaced");
    part(parts, inserted, "inserted");
    part(parts, deleted, "deleted");
    if (breaks != 0) {
      long n = Math.abs(breaks);
      parts.add(n + (n == 1 ? " paragraph break " : " paragraph breaks ")
          + (breaks > 0 ? "added" : "removed"));
    }
    return String.join(", ", parts);
  }

  /** Adds "n words what", or just "n what" after the first part; nothing when n is 0. */
  private static void part(List<String> parts, long n, String what) {
    if (n > 0) {
      String unit = parts.isEmpty() ? (n == 1 ? " word " : " words ") : " ";
      parts.add(n + unit + what);
    }
  }

  private static long count(List<String> words, boolean breaks) {
    return words.stream().filter(w -> WordChange.PARAGRAPH.equals(w) == breaks).count();
  }
}

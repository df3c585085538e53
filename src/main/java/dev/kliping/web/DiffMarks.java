package dev.kliping.web;

import dev.kliping.version.WordChange;
import java.util.Arrays;
import java.util.List;

/**
 * One side of a word-level diff: the side's words, with the ones the changes removed (old side)
 * or added (new side) marked. Words are split as the archive splits them: on single spaces, with
 * {@link WordChange#PARAGRAPH} between paragraphs.
 */
record DiffMarks(List<String> tokens, boolean[] marked) {

  /**
   * Marks each change's words on one side. A change gives its place as a count of real words
   * before it, which is ambiguous next to a paragraph token, so the words themselves decide.
   */
  static DiffMarks of(List<String> tokens, List<WordChange> changes, boolean oldSide) {
    int[] before = new int[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      before[i + 1] = before[i] + (WordChange.PARAGRAPH.equals(tokens.get(i)) ? 0 : 1);
    }
    boolean[] marked = new boolean[tokens.size()];
    int cursor = 0;
    for (WordChange c : changes) {
      List<String> words = oldSide ? c.oldWords() : c.newWords();
      int position = oldSide ? c.position() : c.newPosition();
      if (words.isEmpty()) {
        continue;
      }
      for (int i = cursor; i + words.size() <= tokens.size() && before[i] <= position; i++) {
        if (before[i] == position && tokens.subList(i, i + words.size()).equals(words)) {
          Arrays.fill(marked, i, i + words.size(), true);
          cursor = i + words.size();
          break;
        }
      }
    }
    return new DiffMarks(tokens, marked);
  }
}

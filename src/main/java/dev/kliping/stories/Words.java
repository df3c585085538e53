package dev.kliping.stories;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into normalised words, each with where it stands in the text, so that a passage
 * found between two normalised texts can be shown in the original one. Normalised means lower
 * case with accents and punctuation gone: "Kim Jong-un," and "kim jong un" are the same words.
 * Immutable.
 */
public final class Words {
  private final String text;
  private final String[] words;
  private final int[] starts;
  private final int[] ends;

  private Words(String text, String[] words, int[] starts, int[] ends) {
    this.text = text;
    this.words = words;
    this.starts = starts;
    this.ends = ends;
  }

  /** The words of text (null is empty), in order. */
  public static Words of(String text) {
    String t = text == null ? "" : text;
    String[] w = new String[Math.max(8, t.length() / 5)];
    int[] s = new int[w.length];
    int[] e = new int[w.length];
    int n = 0;
    int i = 0;
    StringBuilder word = new StringBuilder();
    while (i < t.length()) {
      int cp = t.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      word.setLength(0);
      while (i < t.length()) {
        cp = t.codePointAt(i);
        // Accents and the like stay inside a word (they are dropped below), so "café" is one word.
        if (!Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
          break;
        }
        word.appendCodePoint(cp);
        i += Character.charCount(cp);
      }
      if (n == w.length) {
        w = Arrays.copyOf(w, n * 2);
        s = Arrays.copyOf(s, n * 2);
        e = Arrays.copyOf(e, n * 2);
      }
      w[n] = fold(word);
      s[n] = start;
      e[n] = i;
      n++;
    }
    return new Words(t, Arrays.copyOf(w, n), Arrays.copyOf(s, n), Arrays.copyOf(e, n));
  }

  private static String fold(CharSequence word) {
    boolean plain = true;
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) > 127) {
        plain = false;
        break;
      }
    }
    String s = word.toString();
    if (!plain) {
      s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }
    return s.toLowerCase(Locale.ROOT);
  }

  public int size() {
    return words.length;
  }

  /** The i-th normalised word. */
  public String word(int i) {
    return words[i];
  }

  /** Where the i-th word starts in the text (a char index). */
  public int start(int i) {
    return starts[i];
  }

  /** Where the i-th word ends in the text (exclusive char index). */
  public int end(int i) {
    return ends[i];
  }

  /** The original text of words from (inclusive) to to (exclusive). */
  public String original(int from, int to) {
    return from >= to ? "" : text.substring(starts[from], ends[to - 1]);
  }

  public String text() {
    return text;
  }
}

package dev.kliping.version;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers over words as the archive splits them (runs between single spaces). */
final class Words {
  private static final Pattern NUMBER = Pattern.compile("\\p{N}+(?:[.,:/]\\p{N}+)*");

  private Words() {}

  static List<String> of(String text) {
    return text == null || text.isEmpty() ? List.of() : List.of(text.split(" "));
  }

  /** The word without the punctuation around it: "(Rp1,5" gives "Rp1,5". */
  static String bare(String word) {
    int from = 0;
    int to = word.length();
    while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1))) {
      to--;
    }
    return word.substring(from, to);
  }

  /** Letters and digits only, lower case: equal for texts that differ only cosmetically. */
  static String letters(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          b.append(Character.toLowerCase(c));
        }
      }
    }
    return b.toString();
  }

  /** The numbers in the words (digits as written, number words in lower case), sorted. */
  static List<String> numbers(List<String> words, Lexicon lexicon) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      Matcher m = NUMBER.matcher(w);
      boolean digits = false;
      while (m.find()) {
        out.add(m.group());
        digits = true;
      }
      String lower = bare(w).toLowerCase(Locale.ROOT);
      if (!digits && lexicon.numberWords().contains(lower)) {
        out.add(lower);
      }
    }
    Collections.sort(out);
    return out;
  }

  static boolean hasDigit(String word) {
    return word.chars().anyMatch(Character::isDigit);
  }

  static boolean isNumber(String word, Lexicon lexicon) {
    return hasDigit(word) || lexicon.numberWords().contains(bare(word).toLowerCase(Locale.ROOT));
  }

  /** True when the word ends a sentence, so the next word's capital says nothing. */
  static boolean endsSentence(String word) {
    int end = word.length();
    while (end > 0 && "\"'\u201d\u2019)]".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".!?:".indexOf(word.charAt(end - 1)) >= 0;
  }

  /** Optimal-string-alignment distance (Damerau-Levenshtein without repeated edits). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

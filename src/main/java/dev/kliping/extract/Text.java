package dev.kliping.extract;

import java.util.regex.Pattern;

/** Small text helpers shared by the extractors. All methods accept null and never throw. */
final class Text {

  /* A sentence ends with punctuation, possibly followed by closing quotes or brackets. */
  private static final Pattern SENTENCE_END =
      Pattern.compile(".*[.!?:;…][\"'”’»)\\]]*$|.*[\"”’»]$");

  private Text() {}

  /**
   * Collapses every run of whitespace (non-breaking and zero-width included) to one space and
   * trims the ends. A lone non-breaking space is kept as it is: writers put it on purpose, as in
   * "KOMPAS.TV —&nbsp;Pihak", and archived text should keep what the page says.
   */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    if (isClean(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (!space(c)) {
        b.append(c);
        i++;
        continue;
      }
      int start = i;
      while (i < n && space(s.charAt(i))) {
        i++;
      }
      boolean loneNbsp = i - start == 1 && c == '\u00A0';
      if (b.length() > 0 && i < n) {
        b.append(loneNbsp ? '\u00A0' : ' ');
      }
    }
    return b.toString();
  }

  /* Most text is already clean (block text is cleaned once when read): skip the copy. */
  private static boolean isClean(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (space(s.charAt(0)) || space(s.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = s.charAt(i);
      if (space(c) && (c != ' ' || space(s.charAt(i + 1))) && c != '\u00A0') {
        return false;
      }
      if (c == '\u00A0' && space(s.charAt(i + 1))) {
        return false;
      }
    }
    return true;
  }

  /** The length {@link #clean} would return, without building the string. */
  static int cleanLength(String s) {
    if (s == null) {
      return 0;
    }
    int n = 0;
    boolean pending = false;
    for (int i = 0; i < s.length(); i++) {
      if (space(s.charAt(i))) {
        pending = n > 0;
      } else {
        n += pending ? 2 : 1;
        pending = false;
      }
    }
    return n;
  }

  /** True for whitespace as clean() collapses it: non-breaking and zero-width included. */
  static boolean space(char c) {
    // Printable ASCII first: nearly every character of a page, and the test below is slower.
    if (c > ' ' && c < 0x7F) {
      return false;
    }
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
        || c == '\u200B' || c == '\uFEFF';
  }

  /* Character.isWhitespace with printable ASCII answered first. */
  private static boolean whitespace(char c) {
    return (c <= ' ' || c >= 0x7F) && Character.isWhitespace(c);
  }

  /** True for null, empty, or only whitespace of any kind (non-breaking and zero-width included). */
  static boolean isBlank(String s) {
    if (s == null) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!space(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /** True when the text ends the way a sentence does. */
  static boolean endsSentence(String s) {
    if (s == null) {
      return false;
    }
    if (hasLineTerminator(s)) {
      // The pattern's dot stops at line terminators; block text never has them.
      return SENTENCE_END.matcher(s).matches();
    }
    // The pattern read from the end: closing quotes or brackets, then the punctuation.
    int i = s.length() - 1;
    if (i >= 0 && "\"”’»".indexOf(s.charAt(i)) >= 0) {
      return true;
    }
    while (i >= 0 && "\"'”’»)]".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?:;…".indexOf(s.charAt(i)) >= 0;
  }

  private static boolean hasLineTerminator(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** True when the text starts with a lower-case letter: it continues a sentence. */
  static boolean startsLowerCase(String s) {
    return s != null && !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
  }

  /** Number of whitespace-separated words. */
  static int words(String s) {
    if (s == null || s.isBlank()) {
      return 0;
    }
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = whitespace(s.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  /** True when the text has at least {@code n} whitespace-separated words; stops counting there. */
  static boolean hasWords(String s, int n) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; s != null && i < s.length() && count < n; i++) {
      boolean space = whitespace(s.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count >= n;
  }

  /** Null for blank text, otherwise the cleaned text. */
  static String orNull(String s) {
    String c = clean(s);
    return c.isEmpty() ? null : c;
  }
}

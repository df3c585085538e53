package dev.kliping.extract;

import java.util.regex.Pattern;

/** Small text helpers shared by the extractors. All methods accept null and never throw. */
final class Text {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
  /* A sentence ends with punctuation, possibly followed by closing quotes or brackets. */
  private static final Pattern SENTENCE_END =
      Pattern.compile(".*[.!?:;…][\"'”’»)\\]]*$|.*[\"”’»]$");

  private Text() {}

  /** Collapses every run of whitespace (non-breaking and zero-width included) to one space. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** True when the text ends the way a sentence does. */
  static boolean endsSentence(String s) {
    return s != null && SENTENCE_END.matcher(s).matches();
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
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  /** Null for blank text, otherwise the cleaned text. */
  static String orNull(String s) {
    String c = clean(s);
    return c.isEmpty() ? null : c;
  }
}

package dev.kliping.extract;

import java.util.List;

/**
 * Drops what templates put at the edges of an article's container: a heading with nothing under
 * it at the end ("Related articles", "Most popular"), and date or time stamps at either end.
 */
final class EdgeTrimmer {

  /* A stamp such as "November 19, 2019 6:30 AM" or "PUBLISHED: 10:48, Tue, Nov 19, 2019" is short. */
  private static final int MAX_STAMP_WORDS = 10;

  private EdgeTrimmer() {}

  /** The blocks without the edges' furniture; a view of {@code blocks}. */
  static List<Block> trim(List<Block> blocks) {
    int from = 0;
    int to = blocks.size();
    while (from < to && stamp(blocks.get(from).text())) {
      from++;
    }
    while (to > from && (blocks.get(to - 1).isHeading() || stamp(blocks.get(to - 1).text()))) {
      to--;
    }
    return blocks.subList(from, to);
  }

  /* Mostly digits and month or weekday words, with a year or a clock time among them. */
  static boolean stamp(String text) {
    if (Text.hasWords(text, MAX_STAMP_WORDS + 1)) {
      return false;
    }
    int digits = 0;
    int letters = 0;
    boolean clock = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
        clock |= i + 2 < text.length() && text.charAt(i + 1) == ':'
            && Character.isDigit(text.charAt(i + 2));
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    return (clock || digits >= 4) && digits * 4 >= letters;
  }
}

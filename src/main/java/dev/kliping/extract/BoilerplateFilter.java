package dev.kliping.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link Boilerplate} catalogue compiled for matching lines. Matching is case-insensitive on
 * whitespace-collapsed text. Immutable and thread-safe.
 */
final class BoilerplateFilter {

  /** What to do with one line of body text. */
  enum Verdict { KEEP, DROP, END }

  /* Caption endings are short; "Reviewed by NAME on DATE Rating: 5" is the longest kind. */
  /* A photo caption is a sentence or two; a longer line is a paragraph whatever its ending. */
  private static final int MAX_CAPTION = 250;

  private final List<String> starting;
  private final Set<String> equal;
  private final List<String> containing;
  private final Set<String> end;
  private final CaptionEndings captions;
  private final int longestLine;

  BoilerplateFilter(Boilerplate catalogue) {
    this.starting = lower(catalogue.dropLinesStarting());
    this.equal = Set.copyOf(lower(catalogue.dropLinesEqual()));
    this.containing = lower(catalogue.dropLinesContaining());
    this.end = Set.copyOf(lower(catalogue.endOfBody()));
    this.captions = new CaptionEndings(catalogue.captionEndings());
    this.longestLine = java.util.stream.Stream.concat(equal.stream(), end.stream())
        .mapToInt(String::length).max().orElse(-1);
  }

  /** The verdict on one line of cleaned text. */
  Verdict judge(String line) {
    String l = Text.clean(line).toLowerCase(Locale.ROOT);
    if (l.isEmpty()) {
      return Verdict.DROP;
    }
    // Whole-line phrases are short: a paragraph is not copied or hashed to be looked up.
    if (bareLength(l) <= longestLine) {
      String bare = stripPunctuation(l);
      if (end.contains(l) || end.contains(bare)) {
        return Verdict.END;
      }
      if (equal.contains(l) || equal.contains(bare)) {
        return Verdict.DROP;
      }
    }
    for (String s : starting) {
      if (l.startsWith(s)) {
        return Verdict.DROP;
      }
    }
    for (String c : containing) {
      if (l.contains(c)) {
        return Verdict.DROP;
      }
    }
    return l.length() <= MAX_CAPTION && captions.endsLine(l) ? Verdict.DROP : Verdict.KEEP;
  }

  /* The length stripPunctuation would give; l is never shorter. */
  private static int bareLength(String l) {
    int from = 0;
    int to = l.length();
    while (from < to && decoration(l.charAt(from))) {
      from++;
    }
    while (to > from && decoration(l.charAt(to - 1))) {
      to--;
    }
    return to - from;
  }

  /* Widget headings are often decorated: "TERBARU >", "Populer:", "» Berita Lainnya". */
  private static String stripPunctuation(String l) {
    int from = 0;
    int to = l.length();
    while (from < to && decoration(l.charAt(from))) {
      from++;
    }
    while (to > from && decoration(l.charAt(to - 1))) {
      to--;
    }
    return l.substring(from, to);
  }

  private static boolean decoration(char c) {
    return !Character.isLetterOrDigit(c);
  }

  private static List<String> lower(List<String> phrases) {
    return phrases.stream()
        .map(p -> Text.clean(p).toLowerCase(Locale.ROOT))
        .filter(p -> !p.isEmpty())
        .collect(Collectors.toUnmodifiableList());
  }
}

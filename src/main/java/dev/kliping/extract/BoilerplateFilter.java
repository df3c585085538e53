package dev.kliping.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A {@link Boilerplate} catalogue compiled for matching lines. Matching is case-insensitive on
 * whitespace-collapsed text. Immutable and thread-safe.
 */
final class BoilerplateFilter {

  /** What to do with one line of body text. */
  enum Verdict { KEEP, DROP, END }

  /* Caption endings are short; "Reviewed by NAME on DATE Rating: 5" is the longest kind. */
  private static final int CAPTION_TAIL = 300;

  private final List<String> starting;
  private final List<String> equal;
  private final List<String> containing;
  private final List<String> end;
  private final List<Pattern> captions;

  BoilerplateFilter(Boilerplate catalogue) {
    this.starting = lower(catalogue.dropLinesStarting());
    this.equal = lower(catalogue.dropLinesEqual());
    this.containing = lower(catalogue.dropLinesContaining());
    this.end = lower(catalogue.endOfBody());
    this.captions = catalogue.captionEndings().stream()
        .map(r -> Pattern.compile("(?iu)(?:" + r + ")\\s*$"))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The verdict on one line of cleaned text. */
  Verdict judge(String line) {
    String l = Text.clean(line).toLowerCase(Locale.ROOT);
    if (l.isEmpty()) {
      return Verdict.DROP;
    }
    String bare = stripPunctuation(l);
    if (end.contains(l) || end.contains(bare)) {
      return Verdict.END;
    }
    if (equal.contains(l) || equal.contains(bare)) {
      return Verdict.DROP;
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
    // Endings are matched on the line's tail: find() would otherwise try every position of a
    // long paragraph against every pattern.
    String tail = l.length() > CAPTION_TAIL ? l.substring(l.length() - CAPTION_TAIL) : l;
    for (Pattern p : captions) {
      if (p.matcher(tail).find()) {
        return Verdict.DROP;
      }
    }
    return Verdict.KEEP;
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

package dev.kliping.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The catalogue's photo-caption endings, matched at the end of a line. Answers what
 * {@code find()} with the endings joined into one pattern would, but tries the pattern only at
 * characters that can start one of them: a plain {@code find()} tries every position of every
 * line against every ending, which cost more than all the rest of body cleaning. Thread-safe.
 */
final class CaptionEndings {

  private static final byte UNKNOWN = 0;
  private static final byte CANNOT = 1;
  private static final byte CAN = 2;

  private final Pattern pattern;
  private final boolean matchesEmpty;
  /* Per character, whether a match can start there; filled in as characters are met. */
  private final byte[] starts;

  CaptionEndings(List<String> endings) {
    if (endings.isEmpty()) {
      pattern = null;
      matchesEmpty = false;
      starts = null;
      return;
    }
    String source = endings.stream().map(r -> "(?:" + r + ")").collect(Collectors.joining("|"));
    // ASCII-only case folding: lines come lower-cased, and Unicode folding triples the cost.
    pattern = Pattern.compile("(?i)(?:" + source + ")\\s*$");
    matchesEmpty = pattern.matcher("").lookingAt();
    // A look-behind or \B depends on the character before the start, which a probe of one
    // character cannot see: such patterns are tried everywhere.
    starts = source.contains("(?<") || source.contains("\\B") || source.contains("\\G")
        ? null : new byte[Character.MAX_VALUE + 1];
  }

  /** True when {@code line} ends with a caption ending. */
  boolean endsLine(String line) {
    if (pattern == null) {
      return false;
    }
    Matcher m = null;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      if (!canStart(line.charAt(i))) {
        continue;
      }
      if (m == null) {
        m = pattern.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
      }
      if (m.region(i, n).lookingAt()) {
        return true;
      }
    }
    return matchesEmpty && pattern.matcher(line).find();
  }

  private boolean canStart(char c) {
    if (starts == null || Character.isSurrogate(c)) {
      return true;
    }
    byte known = starts[c];
    if (known == UNKNOWN) {
      // The matcher reports whether more input could have made a match: if one character
      // neither matches nor leaves the match open, no line can match from that character.
      Matcher probe = pattern.matcher(String.valueOf(c));
      known = probe.lookingAt() || probe.hitEnd() ? CAN : CANNOT;
      // A benign race: every thread computes the same value.
      starts[c] = known;
    }
    return known == CAN;
  }
}

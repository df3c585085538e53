package dev.kliping.stories;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credits an Indonesian article gives for text it took from elsewhere: "Sumber: ...",
 * a wire's dateline tag such as "(ANTARA)", and "dikutip dari ..." / "dilansir dari ...".
 * Stateless and thread-safe.
 */
final class Credits {
  private static final Pattern CREDIT = Pattern.compile(
      "(?i)\\bsumber\\s*:\\s*[^\\n.;]{1,80}"
          + "|\\((?:antara|antaranews|ant)(?:[^)\\n]{0,40})\\)"
          + "|\\b(?:dikutip|dilansir|disadur)\\s+dari\\s+[^\\n.,;]{1,80}");

  private Credits() {}

  /** The credits in the text, each once, in the order they appear. */
  static List<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text != null) {
      Matcher m = CREDIT.matcher(text);
      while (m.find()) {
        out.add(m.group().trim());
      }
    }
    return new ArrayList<>(out);
  }
}

package dev.kliping.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits a byline's list of people into names and tidies each one. */
final class Names {

  private static final Pattern SEPARATORS =
      Pattern.compile("(?iu)\\s*(?:,|&|;|/|\\band\\b|\\bdan\\b)\\s*");
  private static final Pattern LEADING_LABEL = Pattern.compile(
      "(?iu)^(?:oleh|by|penulis|reporter|pewarta|laporan|wartawan|kontributor|editor|redaktur"
          + "|penyunting)\\s*:?\\s+");

  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\p{P}\\s]+|[\\p{P}&&[^.)]]+$");

  private Names() {}

  /** The names in "A dan B", "A, B & C" or "Penulis: A"; empty for blank input. */
  static List<String> split(String text) {
    String t = LEADING_LABEL.matcher(Text.clean(text)).replaceFirst("");
    List<String> names = new ArrayList<>();
    for (String part : SEPARATORS.split(t)) {
      String name = tidy(part);
      if (!name.isEmpty() && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /* Some sites print bylines in capitals ("LAPORAN: BONFILIO MAHENDRA"); names read better cased. */
  private static String tidy(String part) {
    String n = EDGE_PUNCTUATION.matcher(Text.clean(part)).replaceAll("").strip();
    if (n.length() > 3 && n.equals(n.toUpperCase(Locale.ROOT))) {
      StringBuilder b = new StringBuilder();
      for (String w : n.toLowerCase(Locale.ROOT).split(" ")) {
        if (!w.isEmpty()) {
          b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
        }
      }
      n = b.toString().strip();
    }
    return n;
  }
}

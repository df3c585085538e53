package dev.kliping.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits normalised text into sentences. A sentence ends at ".", "!", "?" or "…" (with any
 * closing quotes or brackets) followed by a space and a capital, a digit or an opening quote;
 * not after an abbreviation ("Prof.", "Rp.", "No.") or an initial ("Susilo B. Yudhoyono").
 * Numbers such as 12.000, Rp1,5 triliun, 10.30 WIB and (20/6) have no space after their marks,
 * so they never split. Thread-safe.
 */
public final class Sentences {
  private static final Pattern END = Pattern.compile(
      "[.!?…]+[\"'”’»)\\]]*( +)(?=[\"'“‘«(\\[]?[\\p{Lu}\\p{N}])");
  private static final Pattern OPENING_QUOTES = Pattern.compile("^[\"'“‘(\\[]+");

  private final Lexicon lexicon;

  public Sentences(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The sentences of one paragraph, trimmed; empty for null or blank text. */
  public List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    Matcher m = END.matcher(text);
    int start = 0;
    while (m.find()) {
      if (text.charAt(m.start()) == '.' && m.start() + 1 == m.start(1)
          && !endsSentence(text, start, m.start())) {
        continue;
      }
      String s = text.substring(start, m.start(1)).trim();
      if (!s.isEmpty()) {
        out.add(s);
      }
      start = m.end();
    }
    String last = text.substring(start).trim();
    if (!last.isEmpty()) {
      out.add(last);
    }
    return out;
  }

  /** Whether the full stop at {@code dot} ends a sentence rather than an abbreviation. */
  private boolean endsSentence(String text, int from, int dot) {
    int w = dot;
    while (w > from && !Character.isWhitespace(text.charAt(w - 1))) {
      w--;
    }
    String word = OPENING_QUOTES.matcher(text.substring(w, dot)).replaceFirst("");
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    return !lexicon.abbreviations().contains(word.toLowerCase(Locale.ROOT));
  }
}

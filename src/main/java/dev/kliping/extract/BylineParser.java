package dev.kliping.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises metadata lines inside or around an article body and turns them into a
 * {@link Byline}. A line that is not metadata yields {@link Optional#empty()}, so the caller keeps
 * it as text. Only short lines qualify: a sentence that happens to start "Oleh karena itu" or
 * mentions an editor stays in the body.
 */
final class BylineParser {

  private static final int MAX_WORDS = 16;
  private static final String NAME_WORD = "[\\p{Lu}][\\p{L}\\p{M}'’.\\-]*";
  private static final String NAME = NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,5}";
  private static final String NAMES = NAME + "(?:\\s*(?:,|&|\\bdan\\b|\\band\\b)\\s*" + NAME + ")*";

  private static final Pattern LABELLED = Pattern.compile(
      "(?iu)\\b(penulis|reporter|pewarta|laporan|wartawan|kontributor|editor|redaktur|penyunting"
          + "|sumber)\\s*:\\s*");
  /* "oleh A dan B": the names must be capitalised, so "Oleh karena itu" is not a byline. */
  private static final Pattern OLEH = Pattern.compile("(?u)^(?:[Oo]leh|OLEH|By|by|BY)\\s*:?\\s+(" + NAMES + ")$");
  /* "A • 08 Desember 2021 07:06" and the mobile "A - 10 November 2021 07:58 WIB". */
  private static final Pattern NAME_DATE =
      Pattern.compile("(?u)^(" + NAMES + ")\\s*[•|\\-–—]\\s*(.*\\d{4}.*)$");

  /* What follows the name must be just a date: an optional weekday, then digits. */
  private static final Pattern DATE_ONLY =
      Pattern.compile("(?u)^(?:\\p{L}+\\s*,?\\s*)?\\d[\\p{L}\\p{N}\\s,.:|\\-]*$");
  private static final int MAX_SOURCE_WORDS = 8;

  private final DateParser dates;

  BylineParser(DateParser dates) {
    this.dates = dates;
  }

  /** The metadata in {@code line}, or empty when it is article text. */
  Optional<Byline> parse(String line) {
    String l = Text.clean(line);
    if (l.isEmpty() || Text.hasWords(l, MAX_WORDS + 1)) {
      return Optional.empty();
    }
    Matcher oleh = OLEH.matcher(l);
    if (oleh.matches()) {
      return Optional.of(new Byline(Names.split(oleh.group(1)), List.of(), null, null));
    }
    // Cheap tests first: a label needs a colon and a dated byline needs a year's digits.
    Optional<Byline> labelled = l.indexOf(':') >= 0 ? labelled(l) : Optional.empty();
    if (labelled.isPresent() || !hasDigit(l)) {
      return labelled;
    }
    Matcher nd = NAME_DATE.matcher(l);
    if (nd.matches() && DATE_ONLY.matcher(nd.group(2)).matches()) {
      Optional<OffsetDateTime> when = dates.parse(nd.group(2));
      if (when.isPresent()) {
        return Optional.of(new Byline(Names.split(nd.group(1)), List.of(), null, when.get()));
      }
    }
    return Optional.empty();
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /* "Penulis : A Editor : B", "SENIN, 22 APRIL 2024 | 11:36 WIB | LAPORAN: A", "Sumber: X". */
  private Optional<Byline> labelled(String l) {
    Matcher m = LABELLED.matcher(l);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty() || !labelsStartLine(l, spans.get(0)[0])) {
      return Optional.empty();
    }
    List<String> authors = new ArrayList<>();
    List<String> editors = new ArrayList<>();
    String source = null;
    for (int i = 0; i < spans.size(); i++) {
      String label = l.substring(spans.get(i)[0], spans.get(i)[1]).replaceAll("[\\s:]", "")
          .toLowerCase(java.util.Locale.ROOT);
      int valueEnd = i + 1 < spans.size() ? spans.get(i + 1)[0] : l.length();
      String value = l.substring(spans.get(i)[1], valueEnd).replaceAll("[\\s|,;/]+$", "").strip();
      if (value.isEmpty()) {
        continue;
      }
      switch (label) {
        case "editor", "redaktur", "penyunting" -> editors.addAll(Names.split(value));
        case "sumber" -> source = value;
        default -> authors.addAll(Names.split(value));
      }
    }
    if (source != null && Text.words(source) > MAX_SOURCE_WORDS) {
      return Optional.empty();
    }
    return Optional.of(new Byline(authors, editors, source, dates.parse(l).orElse(null)));
  }

  /* A label may follow a date and separators ("... 11:36 WIB | LAPORAN:"), but not a sentence. */
  private static boolean labelsStartLine(String l, int firstLabel) {
    String before = l.substring(0, firstLabel);
    return before.isBlank() || before.strip().endsWith("|");
  }
}

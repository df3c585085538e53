package dev.kliping.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first date, with its time and zone when given, in a piece of text: ISO-8601 and the
 * Indonesian and English forms printed by news sites ("SENIN, 22 APRIL 2024 | 11:36 WIB",
 * "Senin 23-02-2026,17:18 WIB", "20 June 2024 08:46"). Pure and thread-safe.
 */
public final class DateParser {

  private static final String TIME =
      "(?:\\s*(?:[,|•\\-–—]|pukul|jam|at))*\\s*(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?"
          + "(?:\\s*([ap]\\.?m)\\b\\.?)?";
  private static final String ZONE =
      "(?:\\s*\\(?\\s*(WIB|WITA|WIT|GMT|UTC|Z)\\b\\s*([+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\)?)?";
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?"
          + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?iu)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([\\p{L}]{3,10})\\.?,?\\s+(\\d{4})(?:" + TIME + ")?" + ZONE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?iu)\\b([\\p{L}]{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:" + TIME + ")?" + ZONE);
  private static final Pattern NUMERIC = Pattern.compile(
      "(?iu)\\b(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:" + TIME + ")?" + ZONE);
  /* "Rabu (20/6)" or "Selasa (12/11/2024)": a weekday, then day and month in brackets. */
  private static final Pattern IN_TEXT = Pattern.compile(
      "(?iu)\\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\\s*\\((\\d{1,2})/(\\d{1,2})"
          + "(?:/(\\d{2,4}))?\\)");

  private static final Map<String, Integer> ZONES = Map.of("wib", 7, "wita", 8, "wit", 9,
      "gmt", 0, "utc", 0, "z", 0);

  private final ZoneOffset defaultZone;

  /** A parser that puts dates printed without a zone in {@code defaultZone}. */
  public DateParser(ZoneOffset defaultZone) {
    this.defaultZone = defaultZone == null ? ZoneOffset.ofHours(7) : defaultZone;
  }

  /** The first full date in {@code text} (day, month and year), or empty. Never throws. */
  public Optional<OffsetDateTime> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = Text.clean(text);
    return first(s, ISO, this::iso)
        .or(() -> first(s, DAY_MONTH_YEAR, m -> named(m, 1, 2)))
        .or(() -> first(s, MONTH_DAY_YEAR, m -> named(m, 2, 1)))
        .or(() -> first(s, NUMERIC, this::numeric));
  }

  /**
   * A date written in running text as "Rabu (20/6)", the year taken from {@code year} when the
   * text gives none. Only a last resort: such dates often name the event, not the publication.
   */
  public Optional<OffsetDateTime> parseInText(String text, Integer year) {
    Matcher m = IN_TEXT.matcher(text == null ? "" : text);
    if (!m.find()) {
      return Optional.empty();
    }
    Integer y = m.group(4) != null ? fullYear(Integer.parseInt(m.group(4))) : year;
    if (y == null) {
      return Optional.empty();
    }
    return build(y, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), null, null, null,
        null, null, null);
  }

  private interface Reader {
    Optional<OffsetDateTime> read(Matcher m);
  }

  private static Optional<OffsetDateTime> first(String s, Pattern p, Reader reader) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      Optional<OffsetDateTime> d = reader.read(m);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private Optional<OffsetDateTime> iso(Matcher m) {
    try {
      LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      if (m.group(4) == null) {
        return Optional.of(day.atStartOfDay().atOffset(defaultZone));
      }
      LocalDateTime t = day.atTime(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6));
      String z = m.group(7);
      ZoneOffset zone = z == null ? defaultZone
          : z.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(normaliseOffset(z));
      return Optional.of(t.atOffset(zone));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private Optional<OffsetDateTime> named(Matcher m, int dayGroup, int monthGroup) {
    Integer month = Months.number(m.group(monthGroup));
    if (month == null) {
      return Optional.empty();
    }
    return build(num(m, 3), month, num(m, dayGroup), m.group(4), m.group(5), m.group(6),
        m.group(7), m.group(8), m.group(9));
  }

  private Optional<OffsetDateTime> numeric(Matcher m) {
    return build(num(m, 3), num(m, 2), num(m, 1), m.group(4), m.group(5), m.group(6), m.group(7),
        m.group(8), m.group(9));
  }

  private Optional<OffsetDateTime> build(int year, int month, int day, String hour, String minute,
      String second, String ampm, String zoneName, String zoneShift) {
    try {
      LocalDate date = LocalDate.of(year, month, day);
      int h = hour == null ? 0 : Integer.parseInt(hour);
      if (ampm != null) {
        h = h % 12 + (Character.toLowerCase(ampm.charAt(0)) == 'p' ? 12 : 0);
      }
      LocalDateTime t = date.atTime(h, minute == null ? 0 : Integer.parseInt(minute),
          second == null ? 0 : Integer.parseInt(second));
      return Optional.of(t.atOffset(zone(zoneName, zoneShift)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private ZoneOffset zone(String name, String shift) {
    if (name == null) {
      return defaultZone;
    }
    int hours = ZONES.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    ZoneOffset base = ZoneOffset.ofHours(hours);
    if (shift == null) {
      return base;
    }
    return ZoneOffset.of(normaliseOffset(shift.replace(" ", "")));
  }

  private static String normaliseOffset(String z) {
    String digits = z.substring(1).replace(":", "");
    String sign = z.substring(0, 1);
    if (digits.length() <= 2) {
      return sign + (digits.length() == 1 ? "0" : "") + digits + ":00";
    }
    return sign + digits.substring(0, 2) + ":" + digits.substring(2);
  }

  private static int fullYear(int y) {
    return y < 100 ? 2000 + y : y;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}

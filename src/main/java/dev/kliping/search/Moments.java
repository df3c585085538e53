package dev.kliping.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.DateTimeException;

/**
 * Reads the moments researchers type: a day ({@code 2024-06-20}), a local time
 * ({@code 2024-06-20T10:00}) or an instant with an offset ({@code 2024-06-20T10:00+07:00}).
 * Days and local times are UTC, the zone the archive stores capture times in. Only years 1 to
 * 9999 are taken: java.time reads years up to ±999,999,999, whose instants overflow the
 * milliseconds the index and the database count in.
 */
public final class Moments {
  /** The first and last days a researcher may name. */
  public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
  private static final Instant FIRST = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant AFTER_LAST =
      LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private Moments() {}

  /**
   * A day such as {@code 2024-06-20}; null or blank is null.
   *
   * @throws IllegalArgumentException when it is not a day from year 1 to 9999
   */
  public static LocalDate day(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return inRange(LocalDate.parse(value.strip()), value);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a day: '" + value + "' (use 2024-06-20)", e);
    }
  }

  private static LocalDate inRange(LocalDate day, String value) {
    if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
      throw new IllegalArgumentException(outOfRange(value));
    }
    return day;
  }

  private static String outOfRange(String value) {
    return "'" + value + "' is out of range: years 1 to 9999 only";
  }

  /** The moment a value starts; a day is its first instant. Null or blank is null. */
  public static Instant start(String value) {
    return parse(value, false);
  }

  /** The moment just after a value: a day ends where the next one starts (an exclusive end). */
  public static Instant end(String value) {
    return parse(value, true);
  }

  private static Instant parse(String value, boolean end) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    Instant moment;
    try {
      if (v.length() == 10) {
        LocalDate day = inRange(LocalDate.parse(v), value);
        return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        moment = OffsetDateTime.parse(v).toInstant();
      } else {
        moment = LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a date or time: '" + value
          + "' (use 2024-06-20, 2024-06-20T10:00 or 2024-06-20T10:00+07:00)", e);
    }
    if (moment.isBefore(FIRST) || !moment.isBefore(AFTER_LAST)) {
      throw new IllegalArgumentException(outOfRange(value));
    }
    return moment;
  }
}

package dev.kliping.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the moments researchers type: a day ({@code 2024-06-20}), a local time
 * ({@code 2024-06-20T10:00}) or an instant with an offset ({@code 2024-06-20T10:00+07:00}).
 * Days and local times are UTC, the zone the archive stores capture times in.
 */
public final class Moments {
  private Moments() {}

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
    try {
      if (v.length() == 10) {
        LocalDate day = LocalDate.parse(v);
        return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return OffsetDateTime.parse(v).toInstant();
      }
      return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date or time: '" + value
          + "' (use 2024-06-20, 2024-06-20T10:00 or 2024-06-20T10:00+07:00)", e);
    }
  }
}

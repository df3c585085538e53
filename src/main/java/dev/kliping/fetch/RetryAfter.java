package dev.kliping.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a Retry-After header (RFC 9110 section 10.2.3): delay-seconds or an HTTP-date, in any of
 * the three date forms a recipient must accept. Pure and thread-safe.
 */
final class RetryAfter {
  // More digits than this cannot be a sensible delay and would overflow a long: take the maximum.
  private static final int MAX_DIGITS = 12;
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"; two-digit years read as 1970 to 2069.
      new DateTimeFormatterBuilder().appendPattern("EEEE, dd-MMM-")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
          .appendPattern(" HH:mm:ss zzz").toFormatter(Locale.US),
      // asctime: "Sun Nov  6 08:49:37 1994", always UTC.
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US)
          .withZone(java.time.ZoneOffset.UTC));

  private RetryAfter() {}

  /**
   * How long the server asked us to wait, clamped to [0, max]: a date in the past or a negative
   * number is zero, an enormous one is {@code max}.
   *
   * @return empty when the header is absent or not a delay in either form
   */
  static Optional<Duration> parse(String value, Instant now, Duration max) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.matches("[+-]?[0-9]+")) {
      return Optional.of(clamp(seconds(v, max), max));
    }
    for (DateTimeFormatter format : DATES) {
      try {
        Instant at = ZonedDateTime.parse(v, format).toInstant();
        return Optional.of(clamp(Duration.between(now, at), max));
      } catch (DateTimeParseException e) {
        // Try the next form; a header in none of them is ignored like an absent one.
      }
    }
    return Optional.empty();
  }

  private static Duration seconds(String digits, Duration max) {
    if (digits.startsWith("-")) {
      return Duration.ZERO;
    }
    String unsigned = digits.startsWith("+") ? digits.substring(1) : digits;
    String significant = unsigned.replaceFirst("^0+(?=.)", "");
    if (significant.length() > MAX_DIGITS) {
      return max;
    }
    return Duration.ofSeconds(Long.parseLong(significant));
  }

  private static Duration clamp(Duration wait, Duration max) {
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}

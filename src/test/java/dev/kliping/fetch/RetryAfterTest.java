package dev.kliping.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every form a Retry-After header comes in, read and clamped to [0, 1 h]; Turkish locale. */
class RetryAfterTest {
  static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
  static final Duration MAX = Duration.ofHours(1);
  Locale saved;

  @BeforeEach
  void turkish() {
    // Month and day names must not depend on the machine's language ("Kas" is not "Nov").
    saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
  }

  @AfterEach
  void restore() {
    Locale.setDefault(saved);
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "120                                | 120",
      "  120                              | 120",
      "0                                  | 0",
      "+30                                | 30",
      "00045                              | 45",
      "-5                                 | 0",
      "3599                               | 3599",
      "86400                              | 3600",
      "99999999999999999999999999999999   | 3600",
      "Fri, 20 Nov 2026 03:02:00 GMT      | 120",
      "Fri, 20 Nov 2026 02:00:00 GMT      | 0",
      "Thu, 01 Jan 1970 00:00:00 GMT      | 0",
      "Sat, 20 Nov 2027 03:00:00 GMT      | 3600",
      "Friday, 20-Nov-26 03:00:30 GMT     | 30",
      "Fri Nov 20 03:01:00 2026           | 60",
      "Fri Nov  6 03:01:00 2026           | 0",
      "soon                               | none",
      "1.5                                | none",
      "12 seconds                         | none",
      "Fri, 32 Nov 2026 03:02:00 GMT      | none",
      "''                                 | none",
      "none                               | none",
  })
  void readsAndClamps(String header, Long seconds) {
    Optional<Duration> expected = Optional.ofNullable(seconds).map(Duration::ofSeconds);
    assertEquals(expected, RetryAfter.parse(header, NOW, MAX));
  }
}

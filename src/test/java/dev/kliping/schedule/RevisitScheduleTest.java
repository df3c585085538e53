package dev.kliping.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.bench.RevisitSimulation;
import dev.kliping.config.DaemonSettings;
import dev.kliping.config.RevisitStep;
import dev.kliping.crawl.RevisitPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decaying revisit schedule, and a day of edits followed on a simulated clock. */
class RevisitScheduleTest {
  static final RevisitPolicy DEFAULT = new RevisitPolicy(DaemonSettings.DEFAULT_REVISIT);

  @ParameterizedTest
  @CsvSource({
      "0m, 15m", "2h59m, 15m", "3h, 1h", "23h, 1h", "24h, 6h", "2d, 6h", "3d, 1d", "6d, 1d",
      "7d, 7d", "29d, 7d"})
  void revisitsDecayWithAge(String age, String gap) {
    Instant firstSeen = Instant.parse("2024-06-20T00:00:00Z");
    Instant now = firstSeen.plus(parse(age));
    assertEquals(now.plus(parse(gap)), DEFAULT.next(firstSeen, now));
  }

  @Test
  void revisitsStopAfterThirtyDays() {
    Instant firstSeen = Instant.parse("2024-06-20T00:00:00Z");
    assertNull(DEFAULT.next(firstSeen, firstSeen.plus(Duration.ofDays(30))));
  }

  @Test
  void threeEditsOverASimulatedDayYieldExactlyThreeVersions(@TempDir Path dir) {
    List<Duration> edits = List.of(Duration.ofMinutes(50), Duration.ofHours(5),
        Duration.ofHours(20));

    RevisitSimulation.Result decaying =
        RevisitSimulation.run(dir.resolve("decaying"), DEFAULT, edits, Duration.ofDays(1));
    RevisitSimulation.Result fixed = RevisitSimulation.run(dir.resolve("fixed"),
        new RevisitPolicy(List.of(new RevisitStep("3650d", "15m"))), edits, Duration.ofDays(1));

    assertEquals(3, decaying.editsMade());
    assertEquals(3, decaying.editsCaught(), decaying.toString());
    assertEquals(3, fixed.editsCaught(), fixed.toString());
    // 12 visits in the first 3 hours and one an hour after, against one every 15 minutes.
    assertEquals(1 + 12 + 21, decaying.requests(), decaying.toString());
    assertEquals(1 + 96, fixed.requests(), fixed.toString());
    assertTrue(decaying.requestsPerEdit() < fixed.requestsPerEdit());
  }

  private static Duration parse(String s) {
    return s.endsWith("d") ? Duration.ofDays(Long.parseLong(s.substring(0, s.length() - 1)))
        : Duration.parse("PT" + s.toUpperCase(java.util.Locale.ROOT));
  }
}

package dev.kliping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kliping.archive.PageVisit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Revisits booked against visits made: kept (however late), lost, and what was not recorded. */
class RevisitCheckTest {
  private static final Instant T = Instant.parse("2026-12-02T06:00:00Z");
  private static final Instant END = T.plusSeconds(300);

  private static Instant at(int seconds) {
    return T.plusSeconds(seconds);
  }

  private static List<Instant> dues(Instant... dues) {
    return new ArrayList<>(Arrays.asList(dues));
  }

  @Test
  void aRevisitMadeLateIsKeptAndItsLatenessMeasured() {
    // First visit at 0 booked 60; the visit at 75 (15 s late) booked 135; the one at 135 ended it.
    RevisitCheck c = RevisitCheck.of(Map.of(1L, dues(at(60), at(135), null)),
        List.of(new PageVisit(1, at(0), false, true), new PageVisit(1, at(75), false, true),
            new PageVisit(1, at(135), false, false)), END);
    assertEquals(2, c.booked());
    assertEquals(2, c.kept());
    assertEquals(0, c.lost());
    assertEquals(0, c.missed());
    assertEquals(1, c.unanswered(), "the visit at 135 got no response, yet was made");
    assertEquals(List.of(Duration.ZERO, Duration.ofSeconds(15)), c.lateness());
    assertEquals(Duration.ofSeconds(15), c.late(1));
  }

  @Test
  void aPageStillDueAtTheEndLostItsRevisitEvenIfADeadNodesWarcRecordedAFetch() {
    // The dead node fetched at 70 but never committed: its capture was recovered from the WARC.
    RevisitCheck c = RevisitCheck.of(Map.of(1L, dues(at(60))),
        List.of(new PageVisit(1, at(0), false, true), new PageVisit(1, at(70), true, true)), END);
    assertEquals(1, c.lost());
    assertEquals(0, c.kept());
  }

  @Test
  void aBookingReplacedWithoutAVisitIsLostAndOneNotYetDueIsPending() {
    RevisitCheck replaced = RevisitCheck.of(Map.of(1L, dues(at(60), at(400))),
        List.of(new PageVisit(1, at(0), false, true), new PageVisit(1, at(30), false, true)), END);
    assertEquals(1, replaced.lost(), replaced.lostDetails().toString());
    assertEquals(1, replaced.pending());
    RevisitCheck pending = RevisitCheck.of(Map.of(1L, dues(at(400))),
        List.of(new PageVisit(1, at(340), false, true)), END);
    assertEquals(0, pending.lost());
    assertEquals(1, pending.pending());
  }

  @Test
  void dueTimesNobodyRecordedAreCountedAsMissed() {
    // Three visits, the last ending the schedule: two due times handed out, one recorded.
    RevisitCheck c = RevisitCheck.of(Map.of(1L, dues(at(120), null)),
        List.of(new PageVisit(1, at(0), false, true), new PageVisit(1, at(60), false, true),
            new PageVisit(1, at(120), false, true), new PageVisit(2, at(5), false, true)), END);
    assertEquals(2, c.missed(), "one of page 1, and page 2's never recorded at all");
  }
}

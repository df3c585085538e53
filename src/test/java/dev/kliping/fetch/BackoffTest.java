package dev.kliping.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Backoff doubles per pushback, stays in the upper half of its ceiling, and stops at the cap. */
class BackoffTest {
  static final Duration BASE = Duration.ofSeconds(2);
  static final Duration MAX = Duration.ofHours(1);

  @Test
  void doublesUpToTheCap() {
    Backoff lowest = new Backoff(BASE, MAX, () -> 0.0);
    assertEquals(Duration.ofSeconds(1), lowest.after(1));
    assertEquals(Duration.ofSeconds(2), lowest.after(2));
    assertEquals(Duration.ofSeconds(4), lowest.after(3));
    assertEquals(MAX.dividedBy(2), lowest.after(12));
    assertEquals(MAX.dividedBy(2), lowest.after(Integer.MAX_VALUE), "no overflow");
  }

  @Test
  void jitterStaysInTheUpperHalf() {
    SplittableRandom random = new SplittableRandom(4);
    Backoff backoff = new Backoff(BASE, MAX, random::nextDouble);
    for (int n = 1; n < 20; n++) {
      Duration ceiling = Duration.ofMillis(Math.min(MAX.toMillis(), BASE.toMillis() << (n - 1)));
      Duration wait = backoff.after(n);
      assertTrue(wait.compareTo(ceiling.dividedBy(2)) >= 0 && wait.compareTo(ceiling) <= 0,
          n + ": " + wait);
    }
  }
}

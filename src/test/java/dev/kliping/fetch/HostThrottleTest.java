package dev.kliping.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One request at a time per host, with real threads; the waits themselves on fake time. */
class HostThrottleTest {
  static final Duration DELAY = Duration.ofSeconds(2);
  static final Duration MAX_WAIT = Duration.ofSeconds(60);

  @Test
  void oneRequestAtATimePerHost() throws Exception {
    FakeTime time = new FakeTime();
    HostThrottle throttle = new HostThrottle(time);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      threads.add(new Thread(() -> {
        try {
          for (int n = 0; n < 20; n++) {
            throttle.acquire("news.example", DELAY, MAX_WAIT);
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            Thread.onSpinWait();
            inside.decrementAndGet();
            throttle.release("news.example", Duration.ZERO);
          }
        } catch (java.io.InterruptedIOException e) {
          throw new AssertionError(e);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join(10_000);
    }
    assertEquals(1, most.get(), "never two requests to one host at once");
    assertEquals(DELAY.multipliedBy(159), time.slept(), "160 requests, 2 s apart");
  }

  @Test
  void hostsDoNotWaitForEachOther() throws Exception {
    FakeTime time = new FakeTime();
    HostThrottle throttle = new HostThrottle(time);
    throttle.acquire("a.example", DELAY, MAX_WAIT);
    // a.example is taken and not released; b.example goes at once, from another thread.
    Thread other = new Thread(() -> {
      try {
        throttle.acquire("b.example", DELAY, MAX_WAIT);
        throttle.release("b.example", Duration.ZERO);
      } catch (java.io.InterruptedIOException e) {
        throw new AssertionError(e);
      }
    });
    other.start();
    other.join(5_000);
    assertTrue(!other.isAlive());
    throttle.release("a.example", Duration.ZERO);
    assertEquals(Duration.ZERO, time.slept());
  }

  @Test
  void aHoldBeyondTheLongestWaitIsReportedNotWaited() throws Exception {
    FakeTime time = new FakeTime();
    HostThrottle throttle = new HostThrottle(time);
    throttle.acquire("a.example", DELAY, MAX_WAIT);
    throttle.release("a.example", Duration.ofMinutes(10));
    assertEquals(Duration.ofMinutes(10), throttle.acquire("a.example", DELAY, MAX_WAIT));
    assertEquals(Duration.ZERO, time.slept());
    time.advance(Duration.ofMinutes(9));
    assertEquals(Duration.ZERO, throttle.acquire("a.example", DELAY, MAX_WAIT));
    assertEquals(Duration.ofMinutes(1), time.slept());
  }

  @Test
  void anInterruptedWaiterGivesUpWithoutTakingTheHost() throws Exception {
    HostThrottle throttle = new HostThrottle(Sleeper.system());
    throttle.acquire("a.example", Duration.ZERO, MAX_WAIT);
    throttle.release("a.example", Duration.ofSeconds(30));
    Thread.currentThread().interrupt();
    try {
      throttle.acquire("a.example", Duration.ZERO, MAX_WAIT);
      throw new AssertionError("should have given up");
    } catch (java.io.InterruptedIOException expected) {
      assertTrue(Thread.interrupted(), "the interrupt flag is kept for the caller");
    }
  }
}

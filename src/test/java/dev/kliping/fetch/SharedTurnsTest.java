package dev.kliping.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hosts' turns shared with other nodes: taken after this process's own turn, given back with
 * the host's delay after the request, and never leaving this process's turn held when the shared
 * turns cannot be reached (a later fetch of the host would wait forever).
 */
class SharedTurnsTest {
  TestServer test;

  @BeforeEach
  void start() {
    test = new TestServer();
    test.server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    test.server.stubFor(get(urlEqualTo("/page")).willReturn(aResponse().withBody("hello")));
  }

  @AfterEach
  void stop() {
    test.close();
  }

  /** Records the turns, and fails the first take when asked. */
  static final class Turns implements HostTurns {
    final List<String> log = new ArrayList<>();
    final AtomicInteger failures;

    Turns(int failures) {
      this.failures = new AtomicInteger(failures);
    }

    @Override
    public synchronized Duration take(String host, Duration maxWait) {
      if (failures.getAndDecrement() > 0) {
        throw new IllegalStateException("database unreachable");
      }
      log.add("take " + host);
      return Duration.ZERO;
    }

    @Override
    public synchronized void give(String host, Duration next) {
      log.add("give " + host + " after " + next.toMillis() + " ms");
    }
  }

  @Test
  void eachRequestTakesTheSharedTurnAndGivesItBackWithTheDelay() {
    Turns turns = new Turns(0);
    Fetcher fetcher = new Fetcher(test.client, TestServer.FAST, Clock.systemUTC(), turns,
        r -> { });
    assertEquals(FetchOutcome.OK, fetcher.fetch(TestServer.url("/page")).outcome());
    // robots.txt first, then the page: each its own turn, each handing on the 2 s delay.
    assertEquals(List.of("take news.example", "give news.example after 2000 ms",
        "take news.example", "give news.example after 2000 ms"), turns.log);
  }

  @Test
  void unreachableSharedTurnsLeaveNoHostHeld() throws Exception {
    Fetcher fetcher = new Fetcher(test.client, TestServer.FAST.withHostDelayMillis(0),
        Clock.systemUTC(), new Turns(1), r -> { });
    assertThrows(IllegalStateException.class, () -> fetcher.fetch(TestServer.url("/page")));
    // Another thread fetching the same host gets its turn instead of waiting forever.
    FetchResult next = CompletableFuture.supplyAsync(() -> fetcher.fetch(
        TestServer.url("/page"))).get(20, TimeUnit.SECONDS);
    assertTrue(next.outcome() == FetchOutcome.OK, next.toString());
  }
}

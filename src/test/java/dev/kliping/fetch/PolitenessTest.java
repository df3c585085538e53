package dev.kliping.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One host at a time, with its delay, its Crawl-delay, its Retry-After and a backoff, all on fake
 * time: each test asserts how long the fetcher left a host alone, and none of them sleeps.
 */
class PolitenessTest {
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

  @Test
  void waitsTheHostDelayBetweenRequestsToOneHost() {
    fetchPage();
    test.time.forgetSleeps();
    fetchPage();
    fetchPage();
    assertEquals(Duration.ofSeconds(4), test.time.slept(), "2 s before each further request");
  }

  @Test
  void theDelayCountsFromTheEndOfTheLastRequest() {
    fetchPage();
    test.time.advance(Duration.ofMillis(1500));
    test.time.forgetSleeps();
    fetchPage();
    assertEquals(Duration.ofMillis(500), test.time.slept());
  }

  @Test
  void robotsCrawlDelayWinsWhenLongerAndIsCapped() {
    test.server.stubFor(get("/robots.txt").willReturn(aResponse()
        .withBody("User-agent: *\nCrawl-delay: 10\n")));
    fetchPage();
    test.time.forgetSleeps();
    fetchPage();
    assertEquals(Duration.ofSeconds(10), test.time.slept());

    try (TestServer greedy = new TestServer()) {
      greedy.server.stubFor(get("/robots.txt").willReturn(aResponse()
          .withBody("User-agent: *\nCrawl-delay: 86400\n")));
      greedy.server.stubFor(get("/page").willReturn(aResponse().withBody("x")));
      assertEquals(FetchOutcome.OK, greedy.fetcher.fetch(TestServer.url("/page")).outcome(),
          "a huge Crawl-delay is capped, not read as 'disallow all'");
      greedy.time.forgetSleeps();
      greedy.fetcher.fetch(TestServer.url("/page"));
      assertEquals(Duration.ofSeconds(60), greedy.time.slept(), "capped at 60 s");
    }
  }

  @Test
  void retryAfterHoldsTheHostForLaterRequests() {
    test.server.stubFor(get("/busy").willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "30")));
    fetchPage();
    test.time.forgetSleeps();

    FetchResult busy = test.fetcher.fetch(TestServer.url("/busy"));
    assertEquals(FetchOutcome.CLIENT_ERROR, busy.outcome());
    assertEquals("HTTP 429; host held 30 s (Retry-After)", busy.reason());

    fetchPage();
    assertEquals(Duration.ofSeconds(32), test.time.slept(), "2 s before /busy, then 30 s");
  }

  @Test
  void aHoldLongerThanAFetchWaitsSkipsTheHostUntilItEnds() {
    test.server.stubFor(get("/busy").willReturn(aResponse().withStatus(503)
        .withHeader("Retry-After", "600")));
    test.fetcher.fetch(TestServer.url("/busy"));
    int requests = test.server.getAllServeEvents().size();

    FetchResult held = test.fetcher.fetch(TestServer.url("/page"));
    assertEquals(FetchOutcome.HOST_HELD, held.outcome());
    assertTrue(held.reason().contains("600 s"), held.reason());
    assertEquals(requests, test.server.getAllServeEvents().size(), "the host was not asked");

    test.time.advance(Duration.ofSeconds(530));
    assertEquals(FetchOutcome.HOST_HELD, test.fetcher.fetch(TestServer.url("/page")).outcome(),
        "70 s to go: more than the 60 s a fetch waits");
    test.time.advance(Duration.ofSeconds(20));
    test.time.forgetSleeps();
    fetchPage();
    assertEquals(Duration.ofSeconds(50), test.time.slept(), "50 s to go: waited out");
  }

  @Test
  void withoutRetryAfterTheBackoffGrowsAndResets() {
    test.server.stubFor(get("/busy").willReturn(aResponse().withStatus(503)));
    // Base 2 s (the host delay); jitter 0.5 takes the middle of the upper half: 0.75 x ceiling.
    assertEquals("HTTP 503; host held 1500 ms (backoff #1)", fetchBusy());
    assertEquals("HTTP 503; host held 3 s (backoff #2)", fetchBusy());
    assertEquals("HTTP 503; host held 6 s (backoff #3)", fetchBusy());
    fetchPage();
    assertEquals("HTTP 503; host held 1500 ms (backoff #1)", fetchBusy(), "a success resets it");
  }

  @Test
  void otherHostsAreNotHeld() {
    test.server.stubFor(get("/busy").willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "30")));
    test.fetcher.fetch(TestServer.url("/busy"));
    test.time.forgetSleeps();
    assertEquals(FetchOutcome.OK, test.fetcher.fetch("https://other.example/page").outcome());
    assertEquals(Duration.ofSeconds(2), test.time.slept(),
        "other.example waits only its own delay, after its robots.txt");
  }

  @Test
  void conditionalGetSendsValidatorsAndA304IsNotModified() {
    test.server.stubFor(get("/story").withHeader("If-None-Match", equalTo("\"v1\""))
        .willReturn(aResponse().withStatus(304)));
    test.server.stubFor(get("/story").withHeader("If-None-Match", absent())
        .willReturn(aResponse().withHeader("ETag", "\"v1\"")
            .withHeader("Last-Modified", "Fri, 20 Nov 2026 02:00:00 GMT").withBody("story")));

    FetchResult first = test.fetcher.fetch(TestServer.url("/story"));
    Validators validators = Validators.of(first.response());
    FetchResult second = test.fetcher.fetch(TestServer.url("/story"), validators);

    assertEquals(FetchOutcome.OK, first.outcome());
    assertEquals(FetchOutcome.NOT_MODIFIED, second.outcome());
    assertEquals(304, second.response().status());
    test.server.verify(getRequestedFor(urlEqualTo("/story"))
        .withHeader("If-None-Match", equalTo("\"v1\""))
        .withHeader("If-Modified-Since", equalTo("Fri, 20 Nov 2026 02:00:00 GMT")));
  }

  @Test
  void namesItselfWithAContactUrl() {
    fetchPage();
    test.server.verify(getRequestedFor(urlEqualTo("/page"))
        .withHeader("User-Agent", equalTo(TestServer.FAST.userAgent())));
    assertTrue(TestServer.FAST.userAgent().contains("+https://"));
  }

  private void fetchPage() {
    assertEquals(FetchOutcome.OK, test.fetcher.fetch(TestServer.url("/page")).outcome());
  }

  private String fetchBusy() {
    return test.fetcher.fetch(TestServer.url("/busy")).reason();
  }
}

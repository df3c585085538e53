package dev.kliping.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.kliping.config.HttpSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** robots.txt as RFC 9309 has it: every answer a server can give, the size cap, the cache. */
class RobotsTest {
  TestServer test;

  @BeforeEach
  void start() {
    test = new TestServer();
    test.server.stubFor(get("/news/1").willReturn(aResponse().withBody("news")));
    test.server.stubFor(get("/private/1").willReturn(aResponse().withBody("private")));
  }

  @AfterEach
  void stop() {
    test.close();
  }

  @ParameterizedTest(name = "robots.txt answering {0}: /news/1 {1}")
  @CsvSource({
      "200, OK",             // rules that disallow only /private
      "404, OK",             // no robots.txt: allow all
      "410, OK",
      "429, ROBOTS_DENIED",  // "slow down" is no permission: disallow all for now
      "500, ROBOTS_DENIED",
      "503, ROBOTS_DENIED",
  })
  void eachAnswer(int status, FetchOutcome expected) {
    robots(aResponse().withStatus(status).withBody("User-agent: *\nDisallow: /private\n"));
    FetchResult result = test.fetcher.fetch(TestServer.url("/news/1"));
    assertEquals(expected, result.outcome(), result.reason());
    assertEquals(1, test.ownAccount.size(), "robots.txt fetched and handed on for the record");
  }

  @Test
  void disallowedPathsAreNotFetched() {
    robots(aResponse().withBody("User-agent: *\nDisallow: /private\n"));
    FetchResult result = test.fetcher.fetch(TestServer.url("/private/1"));
    assertEquals(FetchOutcome.ROBOTS_DENIED, result.outcome());
    test.server.verify(0, getRequestedFor(urlEqualTo("/private/1")));
  }

  @Test
  void noAnswerInTimeDisallowsAll() {
    robots(aResponse().withBody("User-agent: *\nAllow: /\n").withFixedDelay(3_000));
    FetchResult result = test.fetcher.fetch(TestServer.url("/news/1"));
    assertEquals(FetchOutcome.ROBOTS_DENIED, result.outcome());
    assertEquals(FetchOutcome.FAILED, test.ownAccount.get(0).outcome());
  }

  @Test
  void onlyTheFirst500KibAreRead() {
    // The body limit of the other tests (64 KiB) would hide what this one is about.
    HttpSettings roomy = HttpSettings.DEFAULTS.withHostDelayMillis(0);
    try (TestServer big = new TestServer(roomy, o -> o)) {
      String padding = ("# " + "x".repeat(1021) + "\n").repeat(512); // exactly 512 KiB
      big.server.stubFor(get("/robots.txt").willReturn(aResponse().withBody(
          "User-agent: *\nDisallow: /news\n" + padding + "User-agent: *\nDisallow: /private\n")));
      big.server.stubFor(get("/private/1").willReturn(aResponse().withBody("private")));
      assertEquals(FetchOutcome.ROBOTS_DENIED,
          big.fetcher.fetch(TestServer.url("/news/1")).outcome(), "a rule within 500 KiB");
      assertEquals(FetchOutcome.OK, big.fetcher.fetch(TestServer.url("/private/1")).outcome(),
          "a rule past 500 KiB is never read");
      assertEquals(512 * 1024 + 63, big.ownAccount.get(0).response().body().length,
          "the whole file was fetched, and recorded, but not all of it parsed");
    }
  }

  @Test
  void keptForADayThenAskedAgain() {
    robots(aResponse().withBody("User-agent: *\nDisallow: /private\n"));
    test.fetcher.fetch(TestServer.url("/news/1"));
    test.time.advance(Duration.ofHours(23));
    test.fetcher.fetch(TestServer.url("/news/1"));
    assertEquals(1, test.ownAccount.size());
    test.time.advance(Duration.ofHours(1));
    test.fetcher.fetch(TestServer.url("/news/1"));
    assertEquals(2, test.ownAccount.size());
  }

  @Test
  void aFailureIsAskedAgainWithinTheHour() {
    robots(aResponse().withStatus(503));
    assertEquals(FetchOutcome.ROBOTS_DENIED,
        test.fetcher.fetch(TestServer.url("/news/1")).outcome());
    robots(aResponse().withBody("User-agent: *\nAllow: /\n"));
    test.time.advance(Duration.ofMinutes(59));
    assertEquals(FetchOutcome.ROBOTS_DENIED,
        test.fetcher.fetch(TestServer.url("/news/1")).outcome());
    test.time.advance(Duration.ofMinutes(1));
    assertEquals(FetchOutcome.OK, test.fetcher.fetch(TestServer.url("/news/1")).outcome());
  }

  @Test
  void namesTheSitesSitemaps() {
    robots(aResponse().withBody("User-agent: *\nAllow: /\n"
        + "Sitemap: https://news.example/sitemap_index.xml\n"
        + "Sitemap: https://news.example/news-sitemap.xml\n"));
    assertEquals(List.of("https://news.example/sitemap_index.xml",
        "https://news.example/news-sitemap.xml"), test.fetcher.sitemapsOf(TestServer.url("/")));
  }

  @Test
  void obeysTheRulesForItsOwnName() {
    robots(aResponse().withBody("User-agent: kliping\nDisallow: /\n\nUser-agent: *\nAllow: /\n"));
    assertTrue(test.fetcher.fetch(TestServer.url("/news/1")).outcome().isError());
  }

  private void robots(ResponseDefinitionBuilder response) {
    test.server.stubFor(get("/robots.txt").willReturn(response));
  }
}

package dev.kliping.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Servers that misbehave on purpose. Each case ends in a fetch error with an outcome and a
 * reason (or a body cut at the limit), and the next fetch from the same fetcher works.
 */
class HostileServerTest {
  static final int LIMIT = (int) TestServer.FAST.maxBodyBytes();
  TestServer test;

  @BeforeEach
  void start() {
    test = new TestServer();
    test.server.stubFor(get("/robots.txt").willReturn(aResponse()
        .withBody("User-agent: *\nDisallow: /private\n")));
    test.server.stubFor(get("/ok").willReturn(aResponse().withBody("fine")));
  }

  @AfterEach
  void carriesOn() {
    try {
      assertEquals(FetchOutcome.OK, test.fetcher.fetch(TestServer.url("/ok")).outcome(),
          "the fetcher works on after a hostile server");
    } finally {
      test.close();
    }
  }

  enum Broken {
    CONNECTION_RESET(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
    EMPTY_RESPONSE(aResponse().withFault(Fault.EMPTY_RESPONSE)),
    RANDOM_DATA_THEN_CLOSE(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
    MALFORMED_CHUNKS(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
    HEADERS_NEVER_COME(aResponse().withBody("late").withFixedDelay(3_000));

    final ResponseDefinitionBuilder response;

    Broken(ResponseDefinitionBuilder response) {
      this.response = response;
    }
  }

  @ParameterizedTest
  @EnumSource(Broken.class)
  void brokenConnectionsAreFailures(Broken broken) {
    test.server.stubFor(get("/broken").willReturn(broken.response));
    FetchResult result = test.fetcher.fetch(TestServer.url("/broken"));
    assertEquals(FetchOutcome.FAILED, result.outcome(), String.valueOf(result.reason()));
    assertTrue(result.reason() != null && !result.reason().isBlank());
    assertNull(result.response());
  }

  @Test
  void aHugeBodyStopsAtTheLimit() {
    test.server.stubFor(get("/huge").willReturn(aResponse().withBody(new byte[LIMIT * 16])));
    FetchResult result = test.fetcher.fetch(TestServer.url("/huge"));
    assertEquals(FetchOutcome.OK, result.outcome());
    assertTrue(result.response().truncated());
    assertEquals(LIMIT, result.response().body().length);
  }

  @Test
  void aBodyJustAtTheLimitIsWhole() {
    test.server.stubFor(get("/exact").willReturn(aResponse().withBody(new byte[LIMIT])));
    FetchResult result = test.fetcher.fetch(TestServer.url("/exact"));
    assertEquals(LIMIT, result.response().body().length);
    assertTrue(!result.response().truncated(), "limit + 1 bytes are asked for, not found");
  }

  @Test
  void aGzipBombCountsDecompressedBytes() throws IOException {
    byte[] bomb = gzip(new byte[64 * 1024 * 1024]); // 64 MiB of zeros in about 64 KB
    assertTrue(bomb.length < 100_000 + LIMIT * 2, "the bomb is small on the wire");
    test.server.stubFor(get("/bomb").willReturn(aResponse()
        .withHeader("Content-Encoding", "gzip").withBody(bomb)));
    FetchResult result = test.fetcher.fetch(TestServer.url("/bomb"));
    assertTrue(result.response().truncated());
    assertEquals(LIMIT, result.response().body().length);
    assertEquals("gzip", result.response().decodedContentEncoding());
  }

  @Test
  void aRedirectLoopEndsAfterFiveHops() {
    test.server.stubFor(get("/loop/a").willReturn(redirect("/loop/b")));
    test.server.stubFor(get("/loop/b").willReturn(redirect("/loop/a")));
    FetchResult result = test.fetcher.fetch(TestServer.url("/loop/a"));
    assertEquals(FetchOutcome.BAD_REDIRECT, result.outcome());
    assertEquals("more than 5 redirects", result.reason());
    assertEquals(6, result.exchanges().size(), "the first request and five redirects, recorded");
  }

  @Test
  void aLongChainIsCutButFiveHopsAreFollowed() {
    for (int i = 0; i < 20; i++) {
      test.server.stubFor(get("/chain/" + i).willReturn(redirect("/chain/" + (i + 1))));
    }
    test.server.stubFor(get("/chain/5").willReturn(aResponse().withBody("end")));
    assertEquals(FetchOutcome.OK, test.fetcher.fetch(TestServer.url("/chain/0")).outcome(),
        "five redirects are allowed");
    FetchResult longer = test.fetcher.fetch(TestServer.url("/chain/6"));
    assertEquals(FetchOutcome.BAD_REDIRECT, longer.outcome());
    test.server.verify(0, getRequestedFor(urlEqualTo("/chain/12")));
  }

  @Test
  void eachHopIsCheckedAgainstRobotsTxt() {
    test.server.stubFor(get("/sneaky").willReturn(redirect("/private/page")));
    FetchResult result = test.fetcher.fetch(TestServer.url("/sneaky"));
    assertEquals(FetchOutcome.ROBOTS_DENIED, result.outcome());
    assertEquals(1, result.exchanges().size(), "the redirect itself is kept for the record");
    test.server.verify(0, getRequestedFor(urlEqualTo("/private/page")));
  }

  @Test
  void eachHopIsCheckedAgainstTheOutletsHosts() {
    test.server.stubFor(get("/away").willReturn(redirect("https://other.example/ok")));
    FetchResult result = test.fetcher.fetch(TestServer.url("/away"), Validators.NONE,
        List.of(TestServer.HOST));
    assertEquals(FetchOutcome.BAD_REDIRECT, result.outcome());
    assertTrue(result.reason().contains("other.example"), result.reason());
  }

  @Test
  void anUnusableLocationIsABadRedirect() {
    test.server.stubFor(get("/odd").willReturn(redirect("gopher://news.example/")));
    assertEquals(FetchOutcome.BAD_REDIRECT,
        test.fetcher.fetch(TestServer.url("/odd")).outcome());
  }

  static ResponseDefinitionBuilder redirect(String location) {
    return aResponse().withStatus(302).withHeader("Location", location);
  }

  static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(plain);
    }
    return out.toByteArray();
  }
}

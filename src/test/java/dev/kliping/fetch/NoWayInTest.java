package dev.kliping.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No way in: pages that link or redirect to the crawler's own machine get nowhere. A canary
 * listens on loopback and counts connections; every test ends with it at zero. The page server
 * (WireMock on 127.0.0.1) is let through as the replay server is, by its exact host and port.
 */
class NoWayInTest {
  WireMockServer server;
  Canary canary;
  OkHttpClient client;
  Fetcher fetcher;
  int lookupsOfRebind;

  @BeforeEach
  void start() throws Exception {
    canary = new Canary(InetAddress.getLoopbackAddress());
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    server.stubFor(get("/ok").willReturn(aResponse().withBody("fine")));
    // Names as a hostile DNS would answer them; anything else as the system answers it.
    Map<String, String> names = Map.of("news.example", "127.0.0.1", "evil.example", "127.0.0.1",
        "metadata.example", "169.254.169.254", "mapped.example", "::ffff:127.0.0.1",
        "intranet.example", "10.0.0.1");
    Dns dns = host -> {
      if (host.equals("rebind.example")) {
        // A public answer for whoever asks first, loopback afterwards: the address dialled is
        // the one checked, so the second answer is what counts.
        return List.of(InetAddress.getByName(lookupsOfRebind++ == 0 ? "93.184.216.34"
            : "127.0.0.1"));
      }
      String address = names.get(host);
      return address != null ? List.of(InetAddress.getByName(address)) : Dns.SYSTEM.lookup(host);
    };
    client = HttpClients.create(TestServer.FAST, null, dns,
        Set.of(new InetSocketAddress("127.0.0.1", server.port())));
    FakeTime time = new FakeTime();
    fetcher = new Fetcher(client, TestServer.FAST.withHostDelayMillis(0), time, time, () -> 0.5,
        r -> { });
  }

  @AfterEach
  void stop() throws Exception {
    try {
      assertEquals(0, canary.connections(), "connections to the canary on loopback");
    } finally {
      client.connectionPool().evictAll();
      server.stop();
      canary.close();
    }
  }

  @ParameterizedTest(name = "redirect to {0}")
  @ValueSource(strings = {
      "http://127.0.0.1:PORT/", "http://localhost:PORT/", "http://127.1:PORT/",
      "http://2130706433:PORT/", "http://0.0.0.0:PORT/", "http://[::ffff:127.0.0.1]:PORT/",
      "http://[::1]:PORT/", "http://evil.example:PORT/", "http://mapped.example:PORT/",
      "http://metadata.example:PORT/latest/meta-data/", "http://intranet.example:PORT/",
  })
  void aRedirectToTheLocalMachineIsBlocked(String target) {
    String location = target.replace("PORT", String.valueOf(canary.port()));
    server.stubFor(get("/go").willReturn(aResponse().withStatus(302)
        .withHeader("Location", location)));
    FetchResult result = fetcher.fetch(page("/go"));
    assertEquals(FetchOutcome.BLOCKED, result.outcome(), result.reason());
    assertTrue(result.reason().contains("never connects"), result.reason());
    assertEquals(1, result.exchanges().size(), "the redirect is kept for the record");
    assertEquals(FetchOutcome.OK, fetcher.fetch(page("/ok")).outcome(), "and the crawl goes on");
  }

  @Test
  void aLocalUrlIsBlockedOutright() {
    FetchResult result = fetcher.fetch("http://127.0.0.1:" + canary.port() + "/admin");
    assertEquals(FetchOutcome.BLOCKED, result.outcome(), result.reason());
  }

  @Test
  void dnsRebindingGetsNowhere() throws UnknownHostException {
    // Someone checked the name once and saw a public address...
    assertEquals(List.of(InetAddress.getByName("93.184.216.34")),
        client.dns().lookup("rebind.example"));
    // ...but the lookup made for the connection says loopback, and that is the one checked.
    FetchResult result = fetcher.fetch("http://rebind.example:" + canary.port() + "/");
    assertEquals(FetchOutcome.BLOCKED, result.outcome(), result.reason());
  }

  @Test
  void theReplayServerIsAllowedOnlyOnItsOwnPort() {
    assertEquals(FetchOutcome.OK, fetcher.fetch("http://127.0.0.1:" + server.port() + "/ok")
        .outcome());
    assertEquals(FetchOutcome.BLOCKED,
        fetcher.fetch("http://127.0.0.1:" + canary.port() + "/ok").outcome());
  }

  @Test
  void aGuardedLookupDropsBlockedAnswers() throws UnknownHostException {
    AddressGuard guard = new AddressGuard(host -> List.of(InetAddress.getByName("10.0.0.1"),
        InetAddress.getByName("93.184.216.34")), Set.of());
    assertEquals(List.of(InetAddress.getByName("93.184.216.34")), guard.lookup("mixed.example"));
  }

  private String page(String path) {
    return "http://news.example:" + server.port() + path;
  }
}

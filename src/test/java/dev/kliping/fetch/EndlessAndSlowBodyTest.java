package dev.kliping.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Bodies that never end: one sent as fast as the socket takes it stops at the size limit, one
 * dribbled a byte at a time (never slow enough for the read timeout) stops at the whole-call
 * deadline. Served by {@link RawServer}, since WireMock cannot send either.
 */
class EndlessAndSlowBodyTest {

  @Test
  void anEndlessBodyStopsAtTheLimit() throws Exception {
    try (RawServer server = new RawServer(RawServer::endless)) {
      FetchResult result = fetch(server);
      assertEquals(FetchOutcome.OK, result.outcome(), result.reason());
      assertTrue(result.response().truncated());
      assertEquals(TestServer.FAST.maxBodyBytes(), result.response().body().length);
    }
  }

  @Test
  void aDribbledBodyIsCutAtTheWholeCallDeadline() throws Exception {
    try (RawServer server = new RawServer(RawServer::dribble)) {
      long start = System.nanoTime();
      FetchResult result = fetch(server);
      double seconds = (System.nanoTime() - start) / 1e9;
      assertEquals(FetchOutcome.FAILED, result.outcome());
      assertTrue(result.reason().contains("whole-call deadline"), result.reason());
      // Read timeout 2 s, call timeout 4 s: cut at the deadline, not after the read timeout.
      assertTrue(seconds >= 3.5 && seconds < 8, "cut after about 4 s: " + seconds);
    }
  }

  private static FetchResult fetch(RawServer server) {
    OkHttpClient client = HttpClients.create(TestServer.FAST,
        new ReplayRouting(Map.of("raw.example", server.base())));
    try {
      FakeTime time = new FakeTime();
      return new Fetcher(client, TestServer.FAST, time, time, () -> 0.5, r -> { })
          .fetch("https://raw.example/stream");
    } finally {
      client.connectionPool().evictAll();
    }
  }
}

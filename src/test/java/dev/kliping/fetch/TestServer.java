package dev.kliping.fetch;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.kliping.config.HttpSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A WireMock server on 127.0.0.1 standing in for {@code news.example} and
 * {@code other.example}, reached through the replay routing like a replay run, with a fetcher on
 * fake time. Records what the fetcher fetched on its own account (robots.txt).
 */
final class TestServer implements AutoCloseable {
  static final String HOST = "news.example";
  static final HttpSettings FAST = new HttpSettings(HttpSettings.DEFAULTS.userAgent(), 2, 2, 4,
      64 * 1024, 2000, 5);

  final WireMockServer server;
  final FakeTime time = new FakeTime();
  final List<FetchResult> ownAccount = new ArrayList<>();
  final OkHttpClient client;
  final Fetcher fetcher;

  TestServer() {
    this(FAST, o -> o);
  }

  TestServer(HttpSettings settings, UnaryOperator<WireMockConfiguration> extra) {
    server = new WireMockServer(extra.apply(options().bindAddress("127.0.0.1").dynamicPort()));
    server.start();
    HttpUrl base = HttpUrl.get("http://127.0.0.1:" + server.port() + "/");
    ReplayRouting routing = new ReplayRouting(Map.of(HOST, base, "other.example", base));
    client = HttpClients.create(settings, routing);
    // Jitter fixed at its middle, so backoff figures are exact.
    fetcher = new Fetcher(client, settings, time, time, () -> 0.5, ownAccount::add);
  }

  static String url(String path) {
    return "https://" + HOST + path;
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    server.stop();
  }
}

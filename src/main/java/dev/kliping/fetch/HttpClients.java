package dev.kliping.fetch;

import dev.kliping.config.HttpSettings;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dns;
import okhttp3.OkHttpClient;

/** Builds the one OkHttp client a run uses, with kliping's limits, identity and address guard. */
public final class HttpClients {
  /**
   * How long an idle connection is kept for the next request to its host. Servers close idle
   * keep-alive connections on their own schedule (Apache httpd after 5 s by default, the
   * shortest common one), and a GET sent on a connection the server has just closed fails with
   * "unexpected end of stream": the client does not retry on its own (below), so the page
   * would be lost for that visit. OkHttp's default of five minutes made every first request
   * after a quiet spell fail against such servers. Kept below 5 s: a pass with a short host
   * delay still reuses its connection.
   */
  static final Duration KEEP_IDLE = Duration.ofSeconds(4);

  private HttpClients() {}

  /**
   * @param replay routes every request to the local replay server, or null to use the network;
   *     its servers are then the only non-public addresses the client may connect to
   */
  public static OkHttpClient create(HttpSettings settings, ReplayRouting replay) {
    return create(settings, replay, Dns.SYSTEM, replay == null ? Set.of() : replay.servers());
  }

  /** As above, with the name lookup and the allowed local servers given: for tests. */
  static OkHttpClient create(HttpSettings settings, ReplayRouting replay, Dns dns,
      Set<InetSocketAddress> allowed) {
    AddressGuard guard = new AddressGuard(dns, allowed);
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(settings.connectTimeoutSeconds()))
        .readTimeout(Duration.ofSeconds(settings.readTimeoutSeconds()))
        // The whole call, body included: a server dribbling a byte a second is cut here.
        .callTimeout(Duration.ofSeconds(settings.callTimeoutSeconds()))
        // The fetcher follows redirects itself, so every hop is recorded and checked.
        .followRedirects(false)
        .followSslRedirects(false)
        // One request per fetch, as counted and logged: no silent second request.
        .retryOnConnectionFailure(false)
        .connectionPool(new ConnectionPool(5, KEEP_IDLE.toMillis(), TimeUnit.MILLISECONDS))
        // A system proxy would do the name lookup and the connecting, out of the guard's sight.
        .proxy(Proxy.NO_PROXY)
        .dns(guard)
        .socketFactory(new GuardedSocketFactory(guard))
        .addInterceptor(new UserAgent(settings.userAgent()))
        .addNetworkInterceptor(new RemoteAddress());
    if (replay != null) {
      builder.addInterceptor(replay);
    }
    return builder.build();
  }
}

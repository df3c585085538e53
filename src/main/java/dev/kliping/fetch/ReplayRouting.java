package dev.kliping.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends requests for an outlet's real hosts to the local replay server that holds its recorded
 * pages, keeping the real host in the {@code Host} header. Requests to any other host are refused,
 * so a replay can never reach the internet.
 */
public final class ReplayRouting implements Interceptor {
  private final Map<String, HttpUrl> servers;

  /** @param servers the base URL of the local server for each real host */
  public ReplayRouting(Map<String, HttpUrl> servers) {
    this.servers = Map.copyOf(servers);
  }

  /** The replay servers' addresses: the only non-public places a replay may connect to. */
  public Set<InetSocketAddress> servers() {
    Set<InetSocketAddress> targets = new HashSet<>();
    for (HttpUrl server : servers.values()) {
      targets.add(new InetSocketAddress(server.host(), server.port()));
    }
    return targets;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl real = request.url();
    HttpUrl server = servers.get(real.host());
    if (server == null) {
      throw new IOException("replay has no recording for host " + real.host());
    }
    HttpUrl local = real.newBuilder()
        .scheme(server.scheme()).host(server.host()).port(server.port()).build();
    Response response = chain.proceed(request.newBuilder()
        .url(local)
        .header("Host", real.host())
        .build());
    // Callers see the real URL, as they would have without the replay.
    return response.newBuilder().request(request).build();
  }
}

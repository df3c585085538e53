package dev.kliping.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kliping.fetch.ReplayRouting;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.HttpUrl;

/**
 * A replay server that answers from a map in memory, one lookup per request, on 127.0.0.1: it
 * takes WireMock's request matching (a scan of every mapping) out of the crawl benchmark, so what
 * is measured is the crawl. Serves the replayed host named in the {@code Host} header.
 */
final class StaticReplay implements AutoCloseable {
  private final Map<String, Map<String, SyntheticNews.Response>> hosts = new ConcurrentHashMap<>();
  private final HttpServer server;
  private final ExecutorService threads;

  private StaticReplay(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Starts an empty server; {@link #serve} fills it. */
  static StaticReplay start() throws IOException {
    // The JDK server writes headers and body in two packets; with Nagle's algorithm on, the
    // client's delayed ACK then holds each response about 40 ms. Read when the server starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "static-replay");
      t.setDaemon(true);
      return t;
    });
    StaticReplay replay = new StaticReplay(server, threads);
    server.createContext("/", replay::answer);
    server.setExecutor(threads);
    server.start();
    return replay;
  }

  /** Serves the news's responses of the pass, replacing what each host served before. */
  void serve(SyntheticNews news, int outlets, int pass) {
    for (int k = 1; k <= outlets; k++) {
      Map<String, SyntheticNews.Response> paths = new HashMap<>();
      news.forEachResponse(k, pass, paths::put);
      hosts.put(SyntheticNews.host(k), paths);
    }
  }

  /** Routes every served host to this server. */
  ReplayRouting routing() {
    HttpUrl base = HttpUrl.get("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    Map<String, HttpUrl> routes = new HashMap<>();
    hosts.keySet().forEach(h -> routes.put(h, base));
    return new ReplayRouting(routes);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String host = exchange.getRequestHeaders().getFirst("Host");
      Map<String, SyntheticNews.Response> paths = host == null ? null
          : hosts.get(host.replaceFirst(":\\d+$", ""));
      SyntheticNews.Response response = paths == null ? null
          : paths.get(exchange.getRequestURI().getRawPath());
      if (response == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      exchange.sendResponseHeaders(200, response.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdown();
  }
}

package dev.kliping.bench;

import dev.kliping.config.HttpSettings;
import dev.kliping.fetch.HttpClients;
import dev.kliping.fetch.ReplayRouting;
import dev.kliping.fetch.ReplayServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * How long one replayed article takes to serve, from WireMock holding one outlet's mappings and
 * from the in-memory server: shows whether the replay server, not the crawl, sets the pace.
 */
final class ReplayProbe {
  private static final int WARM_UP = 50;
  private static final int REQUESTS = 200;

  record Result(int mappings, double wireMockMillis, double memoryMillis) {}

  private ReplayProbe() {}

  static Result measure(SyntheticNews news, Path dir) throws IOException {
    news.writeWireMock(dir, 1);
    int outlets = news.outlets().size();
    int mappings = (news.articles() + outlets - 1) / outlets + 2;
    double wireMock;
    try (ReplayServer server = ReplayServer.start(dir, List.of(news.outlets().get(0)))) {
      wireMock = millisPerRequest(news, server.routing());
    }
    double memory;
    try (StaticReplay server = StaticReplay.start()) {
      server.serve(news, outlets, 1);
      memory = millisPerRequest(news, server.routing());
    }
    return new Result(mappings, wireMock, memory);
  }

  /** Fetches the first outlet's articles, spread over its sitemap, one after another. */
  private static double millisPerRequest(SyntheticNews news, ReplayRouting routing)
      throws IOException {
    OkHttpClient client = HttpClients.create(HttpSettings.DEFAULTS, routing);
    try {
      int outlets = news.outlets().size();
      int perOutlet = (news.articles() + outlets - 1) / outlets;
      long start = 0;
      for (int i = 0; i < WARM_UP + REQUESTS; i++) {
        if (i == WARM_UP) {
          start = System.nanoTime();
        }
        int article = (int) ((long) i * 7919 % perOutlet) * outlets;
        Request request = new Request.Builder()
            .url("https://" + SyntheticNews.host(1) + news.path(article)).build();
        try (Response r = client.newCall(request).execute()) {
          r.body().bytes();
        }
      }
      return (System.nanoTime() - start) / 1e6 / REQUESTS;
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}

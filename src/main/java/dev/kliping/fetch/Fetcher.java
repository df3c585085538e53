package dev.kliping.fetch;

import dev.kliping.archive.Exchange;
import dev.kliping.config.HttpSettings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The only code that touches the network: fetches one URL politely (robots.txt, a per-host delay,
 * size and time limits), follows redirects itself so each hop is seen and recorded, and reports
 * every outcome as data. Results of fetches it makes on its own account (robots.txt) go to the
 * listener, so they can be recorded too.
 */
public final class Fetcher {
  private final OkHttpClient client;
  private final HttpSettings settings;
  private final HostThrottle throttle;
  private final Robots robots;
  private final ExchangeReader reader;
  private final Consumer<FetchResult> listener;

  public Fetcher(OkHttpClient client, HttpSettings settings, Clock clock,
      Consumer<FetchResult> listener) {
    this.client = Objects.requireNonNull(client, "client");
    this.settings = settings;
    this.throttle = new HostThrottle(Duration.ofMillis(settings.hostDelayMillis()));
    this.reader = new ExchangeReader(settings.maxBodyBytes(), clock);
    this.listener = Objects.requireNonNull(listener, "listener");
    this.robots = new Robots(this::fetchOnOwnAccount, settings.userAgent());
  }

  /** Fetches a URL if robots.txt allows it. */
  public FetchResult fetch(String url) {
    if (!robots.allows(url)) {
      return FetchResult.failed(url, List.of(), FetchOutcome.ROBOTS_DENIED, "robots.txt disallows");
    }
    return follow(url);
  }

  private FetchResult fetchOnOwnAccount(String url) {
    FetchResult result = follow(url);
    listener.accept(result);
    return result;
  }

  private FetchResult follow(String url) {
    List<Exchange> hops = new ArrayList<>();
    HttpUrl next = HttpUrl.parse(url);
    if (next == null) {
      return FetchResult.failed(url, hops, FetchOutcome.FAILED, "not an http(s) URL");
    }
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      Exchange exchange;
      try {
        exchange = exchange(next);
      } catch (IOException e) {
        return FetchResult.failed(url, hops, FetchOutcome.FAILED, describe(e));
      }
      hops.add(exchange);
      String location = exchange.header("Location");
      if (exchange.status() < 300 || exchange.status() >= 400 || location == null
          || exchange.status() == 304) {
        return classify(url, hops, exchange);
      }
      next = next.resolve(location);
      if (next == null) {
        return FetchResult.failed(url, hops, FetchOutcome.BAD_REDIRECT,
            "redirect to an unusable location: " + location);
      }
    }
    return FetchResult.failed(url, hops, FetchOutcome.BAD_REDIRECT,
        "more than " + settings.maxRedirects() + " redirects");
  }

  private Exchange exchange(HttpUrl url) throws IOException {
    throttle.await(url.host());
    RemoteAddress.Holder address = new RemoteAddress.Holder();
    Request request = new Request.Builder().url(url).tag(RemoteAddress.Holder.class, address)
        .build();
    try (Response response = client.newCall(request).execute()) {
      return reader.read(response, address.address);
    }
  }

  private static FetchResult classify(String url, List<Exchange> hops, Exchange last) {
    int status = last.status();
    if (status == 304) {
      return new FetchResult(url, hops, FetchOutcome.NOT_MODIFIED, null);
    }
    if (status >= 200 && status < 300) {
      return new FetchResult(url, hops, FetchOutcome.OK, null);
    }
    FetchOutcome outcome = status >= 500 ? FetchOutcome.SERVER_ERROR : FetchOutcome.CLIENT_ERROR;
    return new FetchResult(url, hops, outcome, "HTTP " + status);
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}

package dev.kliping.fetch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Counts and times every request the crawler makes, by outlet (found by host) and outcome:
 * {@code kliping_fetches_total{outlet,outcome}} and {@code kliping_fetch_seconds{outlet}}. An
 * OkHttp interceptor, so the crawl itself knows nothing of metrics; put it first, before a replay
 * routing rewrites the host. Waits for a host's turn happen before the call and are not counted
 * as latency. Thread-safe.
 */
public final class FetchMeter implements Interceptor {
  private final MeterRegistry registry;
  private final Map<String, String> outletByHost;

  /** @param outletByHost each configured host and its outlet id; other hosts count as "other" */
  public FetchMeter(MeterRegistry registry, Map<String, String> outletByHost) {
    this.registry = registry;
    this.outletByHost = Map.copyOf(outletByHost);
  }

  /** The client with this meter as its first interceptor. */
  public okhttp3.OkHttpClient observe(okhttp3.OkHttpClient client) {
    okhttp3.OkHttpClient.Builder builder = client.newBuilder();
    builder.interceptors().add(0, this);
    return builder.build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String outlet = outletByHost.getOrDefault(chain.request().url().host(), "other");
    long start = System.nanoTime();
    String outcome = "failed";
    try {
      Response response = chain.proceed(chain.request());
      outcome = outcome(response.code());
      return response;
    } finally {
      Timer.builder("kliping.fetch").description("Time to fetch a response (headers)")
          .tag("outlet", outlet).publishPercentileHistogram()
          .minimumExpectedValue(Duration.ofMillis(10)).maximumExpectedValue(Duration.ofMinutes(1))
          .register(registry).record(Duration.ofNanos(System.nanoTime() - start));
      Counter.builder("kliping.fetches").description("Requests made, by outlet and outcome")
          .tag("outlet", outlet).tag("outcome", outcome).register(registry).increment();
    }
  }

  static String outcome(int status) {
    if (status == 304) {
      return "not_modified";
    }
    return switch (status / 100) {
      case 2 -> "ok";
      case 3 -> "redirect";
      case 4 -> "client_error";
      case 5 -> "server_error";
      default -> "other";
    };
  }
}

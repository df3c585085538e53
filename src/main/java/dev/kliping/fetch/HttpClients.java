package dev.kliping.fetch;

import dev.kliping.config.HttpSettings;
import java.time.Duration;
import okhttp3.OkHttpClient;

/** Builds the one OkHttp client a run uses, with kliping's limits and identity. */
public final class HttpClients {
  private HttpClients() {}

  /**
   * @param replay routes every request to the local replay server, or null to use the network
   */
  public static OkHttpClient create(HttpSettings settings, ReplayRouting replay) {
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(settings.connectTimeoutSeconds()))
        .readTimeout(Duration.ofSeconds(settings.readTimeoutSeconds()))
        .callTimeout(Duration.ofSeconds(settings.callTimeoutSeconds()))
        // The fetcher follows redirects itself, so every hop is recorded and checked.
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .addInterceptor(new UserAgent(settings.userAgent()))
        .addNetworkInterceptor(new RemoteAddress());
    if (replay != null) {
      builder.addInterceptor(replay);
    }
    return builder.build();
  }
}

package dev.kliping.fetch;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Names kliping, with a contact URL, on every request. */
final class UserAgent implements Interceptor {
  private final String value;

  UserAgent(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("User-Agent", value).build());
  }
}

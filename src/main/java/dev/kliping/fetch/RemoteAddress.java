package dev.kliping.fetch;

import java.io.IOException;
import java.net.InetAddress;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Notes the address a response came from, for the WARC record's {@code WARC-IP-Address}. Runs as
 * a network interceptor, where the connection is known; the holder rides on the request as a tag.
 */
final class RemoteAddress implements Interceptor {

  /** Filled in by the interceptor; read by the fetcher after the call. */
  static final class Holder {
    volatile InetAddress address;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Holder holder = chain.request().tag(Holder.class);
    if (holder != null && chain.connection() != null) {
      holder.address = chain.connection().route().socketAddress().getAddress();
    }
    return chain.proceed(chain.request());
  }
}

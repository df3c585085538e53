package dev.kliping.fetch;

import dev.kliping.archive.Exchange;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads an OkHttp response into an {@link Exchange}: the headers as they came over the wire, and
 * the body as OkHttp decoded it, cut at the size limit.
 */
final class ExchangeReader {
  private final long maxBodyBytes;
  private final Clock clock;

  ExchangeReader(long maxBodyBytes, Clock clock) {
    this.maxBodyBytes = maxBodyBytes;
    this.clock = clock;
  }

  Exchange read(Response response, InetAddress address) throws IOException {
    Response wire = response.networkResponse() != null ? response.networkResponse() : response;
    Buffer body = new Buffer();
    boolean truncated = false;
    ResponseBody responseBody = response.body();
    if (responseBody != null) {
      BufferedSource source = responseBody.source();
      // Ask for one byte more than the limit: only then do we know the body was longer.
      truncated = source.request(maxBodyBytes + 1);
      long available = Math.min(source.getBuffer().size(), maxBodyBytes);
      source.read(body, available);
    }
    // OkHttp gunzips transparently and hides Content-Encoding from us; the wire response keeps it.
    String decoded = response.header("Content-Encoding") == null
        ? wire.header("Content-Encoding") : null;
    return new Exchange(
        response.request().url().toString(),
        response.request().method(),
        entries(wire.request().headers()),
        response.code(),
        response.message(),
        response.protocol().toString().toUpperCase(java.util.Locale.ROOT),
        entries(wire.headers()),
        body.readByteArray(),
        decoded,
        truncated,
        address,
        clock.instant());
  }

  private static List<Map.Entry<String, String>> entries(Headers headers) {
    List<Map.Entry<String, String>> list = new ArrayList<>(headers.size());
    for (int i = 0; i < headers.size(); i++) {
      list.add(new SimpleImmutableEntry<>(headers.name(i), headers.value(i)));
    }
    return list;
  }
}

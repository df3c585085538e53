package dev.kliping.archive;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request and the response it got, as the fetcher saw it, ready to be recorded. The
 * body is the payload after any content decoding: {@code decodedContentEncoding} names the
 * encoding that was removed (such as "gzip") so the recorded headers can be made to match.
 *
 * @param headers response headers in order, names as received; a name may repeat
 * @param truncated the body was cut at the size limit
 */
public record Exchange(
    String url,
    String method,
    List<Map.Entry<String, String>> requestHeaders,
    int status,
    String reason,
    String protocol,
    List<Map.Entry<String, String>> headers,
    byte[] body,
    String decodedContentEncoding,
    boolean truncated,
    InetAddress address,
    Instant fetchedAt) {

  public Exchange {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(method, "method");
    requestHeaders = List.copyOf(requestHeaders);
    headers = List.copyOf(headers);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }

  /** The first value of a response header, case-insensitively, or null. */
  public String header(String name) {
    for (Map.Entry<String, String> h : headers) {
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue();
      }
    }
    return null;
  }

  /** The charset the Content-Type declares, or null when it declares none. */
  public String declaredCharset() {
    String type = header("Content-Type");
    if (type == null) {
      return null;
    }
    for (String part : type.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(java.util.Locale.ROOT).startsWith("charset=")) {
        return p.substring("charset=".length()).replace("\"", "").trim();
      }
    }
    return null;
  }

  /**
   * True when the body may be a web page: declared HTML or XHTML, or not declared at all (some
   * servers omit the header; the extractor then decides).
   */
  public boolean mayBeHtml() {
    String type = header("Content-Type");
    if (type == null) {
      return true;
    }
    String media = type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    return media.equals("text/html") || media.equals("application/xhtml+xml");
  }
}

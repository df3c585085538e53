package dev.kliping.archive;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The HTTP header blocks of the request and response records, in the order and spelling the
 * headers came in. The response headers are made to describe the body as stored: OkHttp has
 * already removed any content and transfer coding, so those headers move to
 * {@code X-Kliping-Original-*} and Content-Length becomes the stored length (the approach of
 * StormCrawler's WARCRecordFormat.fixHttpHeaders). A reader of the WARC then gets a consistent
 * HTTP message, and the originals are still on record.
 */
final class HttpBlocks {
  static final String ORIGINAL = "X-Kliping-Original-";

  private HttpBlocks() {}

  /** "GET /path?query HTTP/1.1", the request headers (Host added if missing), a blank line. */
  static byte[] request(Exchange ex) {
    URI uri = URI.create(ex.url());
    String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      target += "?" + uri.getRawQuery();
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>(ex.requestHeaders());
    if (headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Host"))) {
      String host = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
      headers.add(0, new SimpleImmutableEntry<>("Host", host));
    }
    return block(ex.method() + " " + target + " " + version(ex), headers);
  }

  /** The status line and the response headers, fixed to match the stored body. */
  static byte[] response(Exchange ex) {
    String reason = ex.reason() == null ? "" : ex.reason();
    return block(version(ex) + " " + ex.status() + " " + reason, fixedHeaders(ex));
  }

  /** The response headers with codings and lengths made true of the stored body. */
  static List<Map.Entry<String, String>> fixedHeaders(Exchange ex) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    List<Map.Entry<String, String>> originals = new ArrayList<>();
    String length = Integer.toString(ex.body().length);
    boolean lengthWritten = false;
    boolean encodingWritten = false;
    for (Map.Entry<String, String> h : ex.headers()) {
      String name = h.getKey();
      if (name.equalsIgnoreCase("Transfer-Encoding")) {
        originals.add(entry(ORIGINAL + "Transfer-Encoding", h.getValue()));
      } else if (name.equalsIgnoreCase("Content-Encoding") && ex.decodedContentEncoding() != null) {
        originals.add(entry(ORIGINAL + "Content-Encoding", h.getValue()));
        encodingWritten = true;
      } else if (name.equalsIgnoreCase("Content-Length")) {
        if (!h.getValue().trim().equals(length)) {
          originals.add(entry(ORIGINAL + "Content-Length", h.getValue()));
        }
        if (!lengthWritten) {
          out.add(entry(name, length));
          lengthWritten = true;
        }
      } else {
        out.add(h);
      }
    }
    if (!lengthWritten) {
      out.add(entry("Content-Length", length));
    }
    if (!encodingWritten && ex.decodedContentEncoding() != null) {
      originals.add(entry(ORIGINAL + "Content-Encoding", ex.decodedContentEncoding()));
    }
    String protocol = ex.protocol();
    if (protocol != null && !protocol.regionMatches(true, 0, "HTTP/1.", 0, 7)) {
      // The status line can only say HTTP/1.x; keep what the wire really spoke, such as H2.
      originals.add(entry(ORIGINAL + "Protocol", protocol));
    }
    out.addAll(originals);
    return out;
  }

  private static String version(Exchange ex) {
    return "HTTP/1.0".equalsIgnoreCase(ex.protocol()) ? "HTTP/1.0" : "HTTP/1.1";
  }

  private static Map.Entry<String, String> entry(String name, String value) {
    return new SimpleImmutableEntry<>(name, value);
  }

  private static byte[] block(String firstLine, List<Map.Entry<String, String>> headers) {
    StringBuilder sb = new StringBuilder(firstLine).append("\r\n");
    for (Map.Entry<String, String> h : headers) {
      // A stray line break in a value would end the header block early when read back.
      sb.append(h.getKey()).append(": ").append(h.getValue().replaceAll("[\r\n]+", " "))
          .append("\r\n");
    }
    // OkHttp decodes header bytes as UTF-8, so UTF-8 gives back the bytes the server sent.
    return sb.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }
}

package dev.kliping.archive;

import dev.kliping.extract.Article;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;

/** Exchanges and articles as the fetcher and extractor would hand them to the archive. */
final class Fixtures {
  static final String URL = "https://www.rmol.id/politik/read/2024/05/01/612345/anggaran-naik";
  static final Instant T0 = Instant.parse("2024-05-01T03:00:00Z");

  private Fixtures() {}

  static Map.Entry<String, String> h(String name, String value) {
    return new SimpleImmutableEntry<>(name, value);
  }

  /** A 200 HTML response that OkHttp fetched gzipped and decoded, as ExchangeReader builds it. */
  static Exchange gunzipped(String url, String html, Instant at) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    return new Exchange(url, "GET",
        List.of(h("Host", "www.rmol.id"), h("User-Agent", "kliping/test (+https://kliping.dev)"),
            h("Accept-Encoding", "gzip")),
        200, "OK", "HTTP/1.1",
        List.of(h("Date", "Wed, 01 May 2024 03:00:00 GMT"),
            h("Content-Type", "text/html; charset=UTF-8"), h("Content-Encoding", "gzip"),
            h("Transfer-Encoding", "chunked"), h("Vary", "Accept-Encoding"),
            h("Set-Cookie", "a=1"), h("Set-Cookie", "b=2")),
        body, "gzip", false, address(), at);
  }

  /** A plain response with a Content-Length and no content coding. */
  static Exchange plain(String url, int status, String text, Instant at, boolean truncated) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    return new Exchange(url, "GET", List.of(h("User-Agent", "kliping/test")), status,
        status == 200 ? "OK" : "Not Found", "HTTP/1.1",
        List.of(h("Content-Type", "text/plain"),
            h("Content-Length", Integer.toString(truncated ? body.length * 10 : body.length))),
        body, null, truncated, null, at);
  }

  static InetAddress address() {
    try {
      return InetAddress.getByAddress("www.rmol.id", new byte[] {(byte) 203, 0, 113, 7});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  static Article article(String title, String... paragraphs) {
    return new Article(title, List.of("Ahmad Satryo"), List.of("Widian Vebriyanto"),
        OffsetDateTime.parse("2024-05-01T10:00:00+07:00"), null, "Politik", "RMOL", "id",
        URL, List.of(paragraphs), Article.OUTLET, List.of(), null);
  }

  static Article story(String amount) {
    return article("Anggaran Pertahanan Naik Jadi Rp" + amount + " Triliun",
        "JAKARTA, RMOL. Pemerintah menaikkan anggaran pertahanan tahun depan.",
        "Menurut Menteri Keuangan, anggaran itu kini mencapai Rp" + amount
            + " triliun, naik dari tahun lalu.",
        "DPR akan membahasnya pekan depan.");
  }
}

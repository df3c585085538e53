package dev.kliping.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 5 of the hostile cases: values at the ends of what java.time reads, and flags that are not
 * flags, are a 400 naming the parameter, never a 500; HEAD answers with GET's status.
 */
class HostileRequestsTest {
  @TempDir static Path dir;
  static HostileArchive served;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    served = HostileArchive.serve(dir);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  static HttpResponse<String> send(String method, String pathAndQuery) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(served.base() + pathAndQuery))
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @CsvSource({
      "/api/search?q=pakta&as_of=%2B999999999-12-31T23:59:59Z, as_of",
      "/api/search?q=pakta&as_of=-999999999-01-01T00:00:00Z, as_of",
      "/api/search?from=%2B999999999-12-31T00:00Z, from",
      "/api/search?from=-999999999-01-01T00:00Z, from",
      "/api/search?to=%2B999999999-12-31T00:00Z, to",
      "/api/search?to=-999999999-01-01T00:00Z, to",
      "/api/search?to=%2B10000-01-01, to",
      "/api/search?from=0000-12-31, from",
      "/api/search?from=not-a-day, from",
      "/api/search?changed=maybe, changed",
      "/api/search?all_versions=sometimes, all_versions",
      "/api/export?format=jsonl&as_of=%2B999999999-12-31T23:59:59Z, as_of",
      "/api/counts?to=%2B999999999-12-31, to",
      "/api/counts?to=-999999999-01-01, to",
      "/api/counts?from=-999999999-01-01, from",
      "/api/counts?to=9999-12-31&from=-999999999-12-31, from",
      "/?q=pakta&as_of=%2B999999999-12-31T23:59:59Z, as_of",
  })
  void badParameterIsA400NamingIt(String path, String parameter) throws Exception {
    HttpResponse<String> r = send("GET", path);
    assertEquals(400, r.statusCode(), path + " -> " + r.body());
    assertTrue(r.body().contains(parameter + ":") || r.body().contains(parameter + " "),
        path + " -> " + r.body());
  }

  /** Case 12 through the API (the path the export command takes while a daemon runs). */
  @org.junit.jupiter.api.Test
  void csvExportGuardsFormulaCellsUnlessRawIsAsked() throws Exception {
    HttpResponse<String> guarded = send("GET", "/api/export?format=csv");
    assertEquals(200, guarded.statusCode(), guarded.body());
    assertTrue(guarded.body().contains("\"'=HYPERLINK("), guarded.body().substring(0, 400));
    assertTrue(!guarded.body().contains(",\"=HYPERLINK("), "no raw formula cell");

    HttpResponse<String> raw = send("GET", "/api/export?format=csv&raw_csv=true");
    assertEquals(200, raw.statusCode(), raw.body());
    assertTrue(raw.body().contains(",\"=HYPERLINK("), raw.body().substring(0, 400));

    assertEquals(400, send("GET", "/api/export?format=csv&raw_csv=perhaps").statusCode());
  }

  @ParameterizedTest
  @CsvSource({
      "/api/counts?to=9999-12-31, 200",
      "/api/counts?to=0001-01-05, 200",
      "/api/search?as_of=9999-12-31T23:59:59Z, 200",
  })
  void theEndsOfTheSupportedRangeAreAnswered(String path, int status) throws Exception {
    HttpResponse<String> r = send("GET", path);
    assertEquals(status, r.statusCode(), path + " -> " + r.body());
  }

  @ParameterizedTest
  @CsvSource({
      "/api/pages",
      "/api/pages?url=https%3A%2F%2Fnowhere.example%2F",
      "/api/search?changed=maybe",
      "/api/counts?to=%2B999999999-12-31",
      "/api/versions?url=" + HostileArchive.URL + "&number=9",
      "/api/no-such-route",
      "/article?url=https%3A%2F%2Fnowhere.example%2F",
      "/api/pages?url=" + HostileArchive.URL,
      "/",
  })
  void headAnswersAsGetDoes(String path) throws Exception {
    HttpResponse<String> get = send("GET", path);
    HttpResponse<String> head = send("HEAD", path);
    assertEquals(get.statusCode(), head.statusCode(), "HEAD " + path);
    assertEquals("", head.body(), "HEAD has no body");
    assertEquals(get.headers().firstValue("Content-Type"),
        head.headers().firstValue("Content-Type"), "HEAD " + path);
  }
}

package dev.kliping.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The headers are on every response, errors included; the token and bind rules hold; archived
 * captures are only ever downloads.
 */
class SecurityTest {
  static final String TOKEN = "s3cret-token-for-tests-0123";

  @TempDir Path dir;

  private static void assertHeaders(HttpResponse<String> r) {
    for (Map.Entry<String, String> h : SecurityHeaders.ALL.entrySet()) {
      assertEquals(h.getValue(), r.headers().firstValue(h.getKey()).orElse(null),
          h.getKey() + " on " + r.statusCode() + " " + r.uri());
    }
  }

  @Test
  void everyResponseCarriesTheHeaders() throws Exception {
    try (Served s = Served.start(dir, null)) {
      int[] expected = {200, 200, 200, 200, 404, 404, 400, 404, 404};
      String[] paths = {"/", "/outlets", "/static/kliping.css", "/api/outlets",
          "/no/such/page", "/api/no-such-route", "/api/search?limit=x", "/article?url=x",
          "/static/missing.js"};
      for (int i = 0; i < paths.length; i++) {
        HttpResponse<String> r = s.get(paths[i]);
        assertEquals(expected[i], r.statusCode(), paths[i]);
        assertHeaders(r);
      }
      assertTrue(s.get("/").body().contains("<form"), "the search page");
      // An internal error: the WARC files vanish under a running server.
      try (var files = Files.list(s.archive.warcDir())) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      long capture = s.archive.captures(TestArchivesAccess.edited(s)).get(0).id();
      HttpResponse<String> error = s.get("/api/captures/" + capture + "/raw");
      assertEquals(500, error.statusCode());
      assertHeaders(error);
      assertEquals("{\"error\":\"internal error\"}", error.body(), "no internals leak");
    }
  }

  @Test
  void jettysOwnRejectionsCarryTheHeadersToo() throws Exception {
    try (Served s = Served.start(dir, null)) {
      String response = raw(s.server.port(), "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Connection: close\r\n\r\n");
      assertTrue(response.startsWith("HTTP/1.1 400"), response);
      assertTrue(response.contains("Content-Security-Policy: " + SecurityHeaders.CSP), response);
      assertTrue(response.contains("X-Frame-Options: DENY"), response);
    }
  }

  @Test
  void aLoopbackServerAnswersOnlyLoopbackHostNames() throws Exception {
    try (Served s = Served.start(dir, null)) {
      String rebound = raw(s.server.port(), "GET /api/outlets HTTP/1.1\r\n"
          + "Host: attacker.example:" + s.server.port() + "\r\nConnection: close\r\n\r\n");
      assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
      assertTrue(rebound.contains("X-Content-Type-Options: nosniff"), rebound);
      String local = raw(s.server.port(), "GET /api/outlets HTTP/1.1\r\n"
          + "Host: localhost:" + s.server.port() + "\r\nConnection: close\r\n\r\n");
      assertTrue(local.startsWith("HTTP/1.1 200"), local);
    }
  }

  @Test
  void aTokenIsRequiredWhenGivenAndComparedExactly() throws Exception {
    try (Served s = Served.start(dir, TOKEN)) {
      HttpResponse<String> none = s.get("/api/outlets");
      assertEquals(401, none.statusCode());
      assertHeaders(none);
      assertEquals(401, s.get("/api/outlets", "Authorization", "Bearer " + TOKEN + "x")
          .statusCode());
      assertEquals(401, s.get("/api/outlets", "Authorization", "Bearer " + TOKEN.substring(1))
          .statusCode());
      assertEquals(200, s.get("/api/outlets", "Authorization", "Bearer " + TOKEN).statusCode());
      HttpResponse<String> page = s.get("/?token=" + TOKEN);
      assertEquals(200, page.statusCode());
      String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
      assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
      assertEquals(200, s.get("/outlets", "Cookie", cookie.split(";")[0]).statusCode());
      assertEquals(401, s.get("/outlets", "Cookie", Guard.COOKIE + "=wrong").statusCode());
      assertEquals(401, s.get("/static/kliping.css").statusCode());
    }
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "127.0.0.1, null, true",
      "::1, null, true",
      "localhost, null, true",
      "0.0.0.0, null, false",
      "0.0.0.0, '', false",
      "0.0.0.0, short, false",
      "0.0.0.0, s3cret-token-for-tests-0123, true",
      "192.168.1.10, s3cret-token-for-tests-0123, true",
      "192.168.1.10, null, false",
  })
  void bindRules(String bind, String token, boolean allowed) {
    if (allowed) {
      AccessToken.forBind(bind, token);
    } else {
      assertThrows(IllegalArgumentException.class, () -> AccessToken.forBind(bind, token));
    }
  }

  @Test
  void theServerRefusesToStartOnTheNetworkWithoutAToken() throws Exception {
    dev.kliping.search.TestArchives.copyTo(dir);
    try (var archive = dev.kliping.archive.Archive.open(dir);
        var index = dev.kliping.search.SearchIndex.open(archive)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> WebServer.start(archive, index, Served.OUTLETS, "0.0.0.0", 0, null));
      assertTrue(e.getMessage().contains("token"), e.getMessage());
    }
  }

  @Test
  void hostNames() {
    assertEquals("127.0.0.1", Guard.hostName("127.0.0.1:8080"));
    assertEquals("[::1]", Guard.hostName("[::1]:8080"));
    assertEquals("localhost", Guard.hostName("LOCALHOST"));
    assertFalse(Guard.hostName("127.0.0.1.evil.example").equals("127.0.0.1"));
  }

  /** One request over a plain socket, for what an HTTP client will not send. */
  static String raw(int port, String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}

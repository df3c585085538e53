package dev.kliping.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import java.util.Locale;
import java.util.Set;

/**
 * Runs before every request: sets the security headers, then lets the request in only with the
 * access token (when one is required) or, on a loopback-only server, only when it names a
 * loopback host, which stops a web page using DNS rebinding from reading the archive.
 */
final class Guard {
  static final String COOKIE = "kliping_token";
  static final String TOKEN_PARAM = "token";
  private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]",
      "::1");

  private final AccessToken token;

  /** @param token the token to require, or null for a loopback-only server */
  Guard(AccessToken token) {
    this.token = token;
  }

  void check(Context ctx) {
    SecurityHeaders.apply(ctx.res());
    // Archive pages may sit behind a token: no cache keeps copies of them.
    ctx.header(Header.CACHE_CONTROL, "no-store");
    if (token == null) {
      if (!LOOPBACK_HOSTS.contains(hostName(ctx.header(Header.HOST)))) {
        throw new ForbiddenResponse("this server answers only requests addressed to 127.0.0.1");
      }
      return;
    }
    String param = ctx.queryParam(TOKEN_PARAM);
    if (token.matches(param)) {
      // A browser follows links without the token: remember it for this site only.
      ctx.res().addHeader(Header.SET_COOKIE, COOKIE + "=" + param.strip()
          + "; Path=/; HttpOnly; SameSite=Strict");
      return;
    }
    if (!token.matches(bearer(ctx.header(Header.AUTHORIZATION)))
        && !token.matches(ctx.cookie(COOKIE))) {
      ctx.header(Header.WWW_AUTHENTICATE, "Bearer");
      throw new UnauthorizedResponse("an access token is required: send 'Authorization: Bearer"
          + " <token>' or open a page once with ?token=<token>");
    }
  }

  private static String bearer(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return authorization.substring(7).strip();
  }

  /** The host part of a Host header, without its port; "" when absent. */
  static String hostName(String host) {
    if (host == null) {
      return "";
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.lastIndexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }
}

package dev.kliping.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * The headers every response carries, errors and 404s included: a CSP that lets nothing run but
 * our own files (so archived markup could not run even if it escaped the escaping), no MIME
 * sniffing, no framing, no referrer leaking archive URLs to outlets.
 */
final class SecurityHeaders {
  static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self';"
      + " script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  static final Map<String, String> ALL = Map.of(
      "Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer");

  private SecurityHeaders() {}

  static void apply(HttpServletResponse res) {
    ALL.forEach(res::setHeader);
  }
}

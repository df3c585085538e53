package dev.kliping.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query-string encoding for API paths. */
final class Query {
  private Query() {}

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

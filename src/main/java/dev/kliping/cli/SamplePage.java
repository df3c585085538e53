package dev.kliping.cli;

import java.util.Objects;

/**
 * One page as {@code try} and {@code outlet new} read it: its bytes and where they came from
 * ({@code "fetched"} live, or {@code "archive"} for the latest capture).
 */
record SamplePage(String url, String finalUrl, int status, byte[] body, String charset,
    String source) {

  SamplePage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
  }
}

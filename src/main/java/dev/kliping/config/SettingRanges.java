package dev.kliping.config;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The range of every number and the shape of every string in {@code kliping.yaml}, checked when
 * the file is loaded: a value out of range stops kliping with exit code 2 and names the file and
 * the key, instead of surfacing later as a raw exception (a negative timeout), a crawl that never
 * ends ({@code max_redirects: -1} follows a redirect loop forever) or a header OkHttp refuses.
 */
final class SettingRanges {
  private static final long KIB = 1024;
  private static final long GIB = KIB * KIB * KIB;
  private static final int DAY_SECONDS = 24 * 3600;

  private final Path file;

  private SettingRanges(Path file) {
    this.file = file;
  }

  /** @throws ConfigException naming the first key whose value is out of range */
  static void check(Path file, KlipingConfig config) {
    SettingRanges r = new SettingRanges(file);
    r.path("archive", config.archive());
    r.path("outlets_dir", config.outletsDir());
    if (config.boilerplate() != null) {
      r.path("boilerplate", config.boilerplate());
    }
    r.http(config.http());
    DaemonSettings d = config.daemon();
    r.range("daemon.api_port", d.apiPort(), 0, 65535);
    r.range("daemon.revisit_check_seconds", d.revisitCheckSeconds(), 1, DAY_SECONDS);
  }

  private void http(HttpSettings h) {
    userAgent("http.user_agent", h.userAgent());
    range("http.connect_timeout_seconds", h.connectTimeoutSeconds(), 1, 600);
    range("http.read_timeout_seconds", h.readTimeoutSeconds(), 1, 3600);
    range("http.call_timeout_seconds", h.callTimeoutSeconds(), 1, DAY_SECONDS);
    // A body is held in memory as one array.
    range("http.max_body_bytes", h.maxBodyBytes(), KIB, GIB);
    range("http.host_delay_millis", h.hostDelayMillis(), 0, 3_600_000);
    // Browsers give up after about 20 hops.
    range("http.max_redirects", h.maxRedirects(), 0, 20);
    range("http.max_host_wait_seconds", h.maxHostWaitSeconds(), 0, DAY_SECONDS);
    range("http.max_retry_after_seconds", h.maxRetryAfterSeconds(), 0, 7 * DAY_SECONDS);
    range("http.robots_cache_hours", h.robotsCacheHours(), 1, 24 * 365);
    range("http.max_sitemap_bytes", h.maxSitemapBytes(), KIB, GIB);
    range("http.max_urls_per_host", h.maxUrlsPerHost(), 1, 10_000_000);
  }

  private void range(String key, long value, long min, long max) {
    if (value < min || value > max) {
      throw new ConfigException(file, key,
          "is " + value + "; must be from " + min + " to " + max);
    }
  }

  private void path(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new ConfigException(file, key, "must not be empty");
    }
    if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new ConfigException(file, key, "must not hold control characters");
    }
  }

  /** An HTTP header value: printable ASCII only (RFC 9110 field values; no CR or LF). */
  private void userAgent(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new ConfigException(file, key,
          "must say who is crawling and how to reach them, e.g. \"kliping/0.1 (+https://...)\"");
    }
    if (value.length() > 512) {
      throw new ConfigException(file, key, "is longer than 512 characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new ConfigException(file, key, String.format(
            "may hold only printable ASCII (an HTTP header); character %d is U+%04X", i + 1,
            (int) c));
      }
    }
  }

  /**
   * Compiles each regular expression of a list alone and as it will be used, so a bad one stops
   * kliping at load time instead of failing every article later.
   *
   * @param key the list's key, e.g. {@code caption_endings}; the message adds the index
   * @param wrap how the expression will be used, {@code %s} standing for it
   */
  static void patterns(Path file, String key, List<String> patterns, String wrap) {
    for (int i = 0; i < patterns.size(); i++) {
      String p = patterns.get(i);
      try {
        if (p == null || p.isEmpty()) {
          throw new ConfigException(file, key + "[" + i + "]", "must not be empty");
        }
        Pattern.compile(p);
        Pattern.compile(wrap.replace("%s", p));
      } catch (PatternSyntaxException e) {
        throw new ConfigException(file, key + "[" + i + "]",
            "not a regular expression: " + e.getDescription(), e);
      }
    }
  }
}

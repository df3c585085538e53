package dev.kliping.discover;

import java.util.HashMap;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * How many URLs of each host one pass may take. A site with an endless calendar of "next" pages,
 * or a sitemap index pointing at ever more sitemaps, spends its host's budget and no more. Not
 * thread-safe: one per pass.
 */
public final class UrlBudget {
  private final int perHost;
  private final Map<String, Integer> spent = new HashMap<>();
  private int refused;

  public UrlBudget(int perHost) {
    if (perHost < 0) {
      throw new IllegalArgumentException("perHost must not be negative: " + perHost);
    }
    this.perHost = perHost;
  }

  /** Spends one unit of the URL's host; false (nothing spent) when that host has none left. */
  public boolean take(String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    String host = parsed == null ? "" : parsed.host();
    int used = spent.getOrDefault(host, 0);
    if (used >= perHost) {
      refused++;
      return false;
    }
    spent.put(host, used + 1);
    return true;
  }

  /** URLs turned away so far because their host's budget was spent. */
  public int refused() {
    return refused;
  }
}

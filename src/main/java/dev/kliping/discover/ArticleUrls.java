package dev.kliping.discover;

import dev.kliping.config.OutletConfig;
import java.util.List;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Decides whether a canonical URL is one of an outlet's articles: on its hosts, of its form. */
public final class ArticleUrls {
  private final List<String> hosts;
  private final List<Pattern> patterns;

  public ArticleUrls(OutletConfig outlet) {
    this.hosts = outlet.hosts();
    this.patterns = outlet.articlePatterns().stream().map(Pattern::compile).toList();
  }

  public boolean isArticle(String canonicalUrl) {
    HttpUrl url = HttpUrl.parse(canonicalUrl);
    if (url == null || !hosts.contains(url.host())) {
      return false;
    }
    return patterns.stream().anyMatch(p -> p.matcher(canonicalUrl).matches());
  }
}

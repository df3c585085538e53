package dev.kliping.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Reduces the many spellings of one article's URL to one, so two links to the same story become
 * one page: no fragment, no tracking parameters, lower-case host, no default port, and AMP and
 * mobile variants folded onto the outlet's main page ({@code m.} and {@code amp.} hosts, an
 * {@code /amp} path segment, {@code amp=1}, {@code outputType=amp}). Thread-safe.
 */
public final class UrlCanonicalizer {
  private static final Set<String> TRACKING = Set.of(
      "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl", "yclid",
      "igshid", "ref_src", "spm", "cmpid", "ito", "amp", "amp_js_v", "usqp", "_gsa",
      "__twitter_impression", "wt_mc", "at_medium", "at_campaign");
  private static final List<String> VARIANT_PREFIXES = List.of("m.", "mobile.", "amp.");

  private final Set<String> hosts;

  /** Without an outlet's hosts: cleans URLs but cannot map mobile hosts to a main host. */
  public UrlCanonicalizer() {
    this(List.of());
  }

  /** @param outletHosts the outlet's hosts; mobile and AMP hosts fold onto these */
  public UrlCanonicalizer(List<String> outletHosts) {
    this.hosts = Set.copyOf(outletHosts);
  }

  /** The canonical form of an absolute http(s) URL, or null when it is not one. */
  public String canonical(String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
    if (parsed == null) {
      return null;
    }
    HttpUrl.Builder builder = parsed.newBuilder().fragment(null).host(mainHost(parsed.host()));
    for (String name : parsed.queryParameterNames()) {
      if (isTracking(name) || isAmpSwitch(name, parsed.queryParameterValues(name))) {
        builder.removeAllQueryParameters(name);
      }
    }
    withoutAmpSegments(parsed, builder);
    HttpUrl clean = builder.build();
    if (clean.querySize() == 0) {
      clean = clean.newBuilder().query(null).build();
    }
    return clean.toString();
  }

  /**
   * The page's canonical URL: the one it declares with {@code <link rel=canonical>} when that is
   * on the outlet's hosts (a page may not claim to be another site's), else the fetched one.
   *
   * @param declared the page's declared canonical URL, absolute, or null
   * @return null when neither is an http(s) URL
   */
  public String canonical(String fetchedUrl, String declared) {
    String candidate = canonical(declared);
    if (candidate != null && hosts.contains(HttpUrl.get(candidate).host())) {
      return candidate;
    }
    return canonical(fetchedUrl);
  }

  /**
   * {@code m.example.com} becomes {@code www.example.com} or {@code example.com} when that is one
   * of the outlet's hosts; listing the mobile host too (so its links are followed) changes nothing.
   */
  private String mainHost(String host) {
    for (String prefix : VARIANT_PREFIXES) {
      if (host.startsWith(prefix)) {
        String bare = host.substring(prefix.length());
        if (hosts.contains("www." + bare)) {
          return "www." + bare;
        }
        if (hosts.contains(bare)) {
          return bare;
        }
      }
    }
    return host;
  }

  /** Drops {@code amp} path segments: {@code /amp/2024/x}, {@code /news/x/amp/}. */
  private static void withoutAmpSegments(HttpUrl url, HttpUrl.Builder builder) {
    List<String> segments = new ArrayList<>(url.encodedPathSegments());
    // A trailing slash is an empty last segment; it stays, so /x/amp/ becomes /x/.
    if (segments.removeIf(s -> s.equalsIgnoreCase("amp"))) {
      builder.encodedPath("/" + String.join("/", segments));
    }
  }

  private static boolean isTracking(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("utm_") || TRACKING.contains(lower);
  }

  private static boolean isAmpSwitch(String name, List<String> values) {
    String lower = name.toLowerCase(Locale.ROOT);
    return (lower.equals("outputtype") || lower.equals("output") || lower.equals("format"))
        && values.size() == 1 && "amp".equalsIgnoreCase(values.get(0));
  }
}

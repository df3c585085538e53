package dev.kliping.discover;

import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Reduces the many spellings of one article's URL to one: no fragment, no tracking parameters,
 * lower-case host, no default port. Two links to the same story must become one page.
 */
public final class UrlCanonicalizer {
  private static final Set<String> TRACKING = Set.of(
      "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl", "yclid",
      "igshid", "ref_src", "spm", "cmpid", "ito", "amp");

  /** The canonical form of an absolute http(s) URL, or null when it is not one. */
  public String canonical(String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
    if (parsed == null) {
      return null;
    }
    HttpUrl.Builder builder = parsed.newBuilder().fragment(null);
    for (String name : parsed.queryParameterNames()) {
      if (isTracking(name)) {
        builder.removeAllQueryParameters(name);
      }
    }
    HttpUrl clean = builder.build();
    if (clean.querySize() == 0) {
      clean = clean.newBuilder().query(null).build();
    }
    return clean.toString();
  }

  private static boolean isTracking(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("utm_") || TRACKING.contains(lower);
  }
}

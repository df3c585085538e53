package dev.kliping.archive;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The SURT form of a URL that CDXJ indexes sort by, as pywb and warcio.js make it: scheme and a
 * leading "www." dropped, host labels reversed and comma-joined, ")" then the path, query
 * parameters sorted, all lower case. So {@code https://www.Kompas.tv/a?b=2&a=1} becomes
 * {@code tv,kompas)/a?a=1&b=2}. A URL that does not parse is its own key.
 */
public final class Surt {
  private Surt() {}

  public static String of(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http:") && !lower.startsWith("https:")) {
      return url;
    }
    try {
      URI uri = new URI(lower.replaceFirst("^(https?://)www\\d*\\.", "$1"));
      if (uri.getHost() == null) {
        return url;
      }
      String[] labels = uri.getHost().split("\\.");
      StringBuilder key = new StringBuilder();
      for (int i = labels.length - 1; i >= 0; i--) {
        key.append(labels[i]).append(i > 0 ? "," : "");
      }
      int port = uri.getPort();
      boolean defaultPort = port == -1 || (port == 80 && lower.startsWith("http:"))
          || (port == 443 && lower.startsWith("https:"));
      if (!defaultPort) {
        key.append(':').append(port);
      }
      String path = uri.getRawPath();
      key.append(')').append(path == null || path.isEmpty() ? "/" : path);
      if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
        String[] args = uri.getRawQuery().split("&");
        Arrays.sort(args);
        key.append('?').append(String.join("&", args));
      }
      return key.toString();
    } catch (URISyntaxException e) {
      return url;
    }
  }
}

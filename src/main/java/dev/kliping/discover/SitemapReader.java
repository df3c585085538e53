package dev.kliping.discover;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a sitemap (sitemaps.org XML, a Google News sitemap, a plain-text list, or a gzipped one of
 * these) or a sitemap index. Pure: bytes in, links out. The size limit counts decompressed bytes,
 * so a small {@code .gz} that inflates to gigabytes is refused rather than read.
 */
public final class SitemapReader {
  private final long maxBytes;

  public SitemapReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * What a sitemap lists: page links (a sitemap) or further sitemaps (an index).
   *
   * @param pages page URLs in document order
   * @param sitemaps the sitemaps an index points at, in document order
   */
  public record Contents(List<String> pages, List<String> sitemaps) {
    public Contents {
      pages = List.copyOf(pages);
      sitemaps = List.copyOf(sitemaps);
    }
  }

  /** @throws IllegalArgumentException when the bytes are no sitemap or too big, with why */
  public Contents read(byte[] body, String sitemapUrl) {
    byte[] plain = BoundedGunzip.isGzip(body) ? BoundedGunzip.gunzip(body, maxBytes) : body;
    if (plain.length > maxBytes) {
      throw new IllegalArgumentException(
          "sitemap of " + plain.length + " bytes is over the limit of " + maxBytes);
    }
    AbstractSiteMap parsed;
    try {
      // Not strict: news sites keep sitemaps under /sitemap/ and list pages all over the site;
      // which URLs we keep is decided later, by the outlet's hosts and patterns.
      SiteMapParser parser = new SiteMapParser(false);
      // We decompressed already: say what the bytes are, not what the URL or server claimed.
      parsed = parser.parseSiteMap(looksLikeXml(plain) ? "text/xml" : "text/plain", plain,
          new URL(sitemapUrl));
    } catch (UnknownFormatException | IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a sitemap: " + e.getMessage(), e);
    }
    List<String> pages = new ArrayList<>();
    List<String> sitemaps = new ArrayList<>();
    if (parsed instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        sitemaps.add(child.getUrl().toString());
      }
    } else if (parsed instanceof SiteMap map) {
      for (SiteMapURL page : map.getSiteMapUrls()) {
        pages.add(page.getUrl().toString());
      }
    }
    return new Contents(pages, sitemaps);
  }

  private static boolean looksLikeXml(byte[] bytes) {
    for (byte b : bytes) {
      // Skip a byte-order mark and white space; XML starts with '<'.
      if (b == '<') {
        return true;
      }
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && (b & 0x80) == 0) {
        return false;
      }
    }
    return false;
  }
}

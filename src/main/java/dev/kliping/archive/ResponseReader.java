package dev.kliping.archive;

import dev.kliping.extract.Article;
import java.util.Optional;

/**
 * What a rebuild needs to know about recorded responses that only the configuration can say:
 * which outlet's page a URL is, and what article a response holds. Implemented outside the
 * archive package, so the archive depends on no configuration.
 */
public interface ResponseReader {
  /** The page a fetched URL belongs to; empty for feeds, robots.txt, listings and strangers. */
  Optional<PageRef> page(String url);

  /**
   * The article in a response from the outlet's page, as the crawl would have extracted it
   * (default language applied), or null when the response holds none.
   */
  Article article(String outletId, Exchange response);

  /** An outlet's page by its canonical URL. */
  record PageRef(String outletId, String url) {}
}

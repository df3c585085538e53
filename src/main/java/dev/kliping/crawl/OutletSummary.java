package dev.kliping.crawl;

/**
 * What one pass over one outlet did.
 *
 * @param discovered distinct article URLs found in feeds and listings
 * @param fetched article pages the outlet answered with a 2xx, or a 304 to a conditional GET
 * @param newVersions versions stored because the article was new or had changed
 * @param unchanged articles found as they were (the same text, or a 304)
 * @param errors fetches that failed (no answer, 4xx, 5xx, robots denials, bad redirects, hosts
 *     the outlet does not list) and article pages that gave no version (not HTML, no article)
 * @param reextracted new texts our changed rules made from unchanged pages: not edits
 */
public record OutletSummary(String outlet, int discovered, int fetched, int newVersions,
    int unchanged, int errors, int reextracted) {

  /** A summary of a pass that re-extracted nothing. */
  public OutletSummary(String outlet, int discovered, int fetched, int newVersions,
      int unchanged, int errors) {
    this(outlet, discovered, fetched, newVersions, unchanged, errors, 0);
  }

  /** True when the pass got nothing at all from the outlet: every fetch failed. */
  public boolean failedEntirely() {
    return errors > 0 && fetched == 0;
  }
}

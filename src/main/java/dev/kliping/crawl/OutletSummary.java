package dev.kliping.crawl;

/**
 * What one pass over one outlet did.
 *
 * @param discovered distinct article URLs found in feeds and listings
 * @param fetched article pages fetched with a 2xx answer
 * @param newVersions versions stored because the article was new or had changed
 * @param unchanged articles fetched again and found as they were
 * @param errors fetches that failed: no answer, 4xx, 5xx, robots denials, bad redirects
 */
public record OutletSummary(String outlet, int discovered, int fetched, int newVersions,
    int unchanged, int errors) {

  /** True when the pass got nothing at all from the outlet: every fetch failed. */
  public boolean failedEntirely() {
    return errors > 0 && fetched == 0;
  }
}

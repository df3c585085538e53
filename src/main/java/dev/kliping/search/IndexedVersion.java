package dev.kliping.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version as the search index holds it: what is searched, what a hit shows, and the flags
 * that depend on the page's other versions.
 *
 * @param latest this is the page's newest version
 * @param changed the page has more than one version: its story was changed after publication
 * @param validTo when the next version was captured, or null while this one is the latest
 */
public record IndexedVersion(long versionId, String url, String outlet, int number,
    Instant captured, String title, List<String> authors, OffsetDateTime published, String body,
    boolean latest, boolean changed, Instant validTo) {

  public IndexedVersion {
    authors = List.copyOf(authors);
  }
}

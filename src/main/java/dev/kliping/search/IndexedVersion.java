package dev.kliping.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version as the search index holds it: what is searched, what a hit shows, and the flags
 * that depend on the page's other versions.
 *
 * @param latest this is the page's newest version
 * @param changed the publisher edited the story after publication (re-extractions, our own
 *     rule changes, do not count)
 * @param substantive the story has at least one substantive publisher edit
 * @param correction some version of the story carries a notice of correction or update
 * @param validTo when the next version was captured, or null while this one is the latest
 */
public record IndexedVersion(long versionId, String url, String outlet, int number,
    Instant captured, String title, List<String> authors, OffsetDateTime published, String body,
    boolean latest, boolean changed, Instant validTo, boolean substantive, boolean correction) {

  public IndexedVersion {
    authors = List.copyOf(authors);
  }
}

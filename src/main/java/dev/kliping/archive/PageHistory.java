package dev.kliping.archive;

import java.time.Instant;
import java.util.List;

/**
 * A page and its versions, oldest first. A page that was fetched but never yielded an article
 * has an empty list.
 */
public record PageHistory(String url, String outletId, Instant firstSeen, Instant lastFetched,
    List<VersionInfo> versions) {

  public PageHistory {
    versions = List.copyOf(versions);
  }
}

package dev.kliping.archive;

import java.time.Instant;
import java.util.List;

/**
 * A page and its versions, oldest first, with what else happened to it (taken down, moved). A page
 * that was fetched but never yielded an article has no versions.
 */
public record PageHistory(String url, String outletId, Instant firstSeen, Instant lastFetched,
    List<VersionInfo> versions, List<PageEvent> events) {

  public PageHistory {
    versions = List.copyOf(versions);
    events = List.copyOf(events);
  }
}

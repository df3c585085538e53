package dev.kliping.archive;

import java.time.Instant;
import java.util.List;

/**
 * A story in a list: when its first article appeared, the title that opened it, the story it
 * follows (or null), how many pages it has and their outlets in timeline order.
 */
public record StorySummary(long id, Instant started, String title, Long followsStoryId,
    int pages, List<String> outlets) {

  public StorySummary {
    outlets = List.copyOf(outlets);
  }
}

package dev.kliping.archive;

import java.util.List;

/**
 * A story with its pages on a timeline (earliest first: the first is the first published), the
 * story it follows (or null), the stories that follow it, and the texts copied between its pages.
 */
public record StoryView(StorySummary story, List<StoryPageView> pages, StorySummary follows,
    List<StorySummary> followUps, List<CopyView> copies) {

  public StoryView {
    pages = List.copyOf(pages);
    followUps = List.copyOf(followUps);
    copies = List.copyOf(copies);
  }
}

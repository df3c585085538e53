package dev.kliping.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where the story desk put a page's article: in an existing story, or in a new one (storyId 0)
 * that may follow an earlier story; and the copied texts found between it and its neighbours.
 *
 * @param versionId the version placed, or null for an article with no version row
 * @param at the article's time on the timeline: published, else first captured
 * @param keyTerms a new story's key terms, space-separated, for finding its follow-ups later
 * @param followsStoryId the earlier story the page's story develops, or null; set on an
 *     existing story only when it has no such link yet
 */
public record StoryPlacement(long pageId, Long versionId, long storyId, String title,
    String keyTerms, Instant at, Instant firstCaptured, double similarity, Long followsStoryId,
    double followSimilarity, List<CopiedText> copies) {

  public StoryPlacement {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(firstCaptured, "firstCaptured");
    copies = List.copyOf(copies);
  }

  /** True when the page starts a new story. */
  public boolean startsStory() {
    return storyId == 0;
  }
}

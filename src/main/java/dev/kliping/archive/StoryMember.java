package dev.kliping.archive;

import java.time.Instant;
import java.util.List;

/**
 * A page in a story as the story desk reloads it: its outlet, URL, the placed version's title and
 * paragraphs (empty when the placement had no version row), and its times.
 */
public record StoryMember(long pageId, long storyId, Long versionId, String outletId,
    String url, String title, List<String> paragraphs, Instant published, Instant firstCaptured) {

  public StoryMember {
    paragraphs = List.copyOf(paragraphs);
  }
}

package dev.kliping.archive;

import java.time.Instant;
import java.util.List;

/**
 * A stored version with what the story desk needs of its page: outlet, URL, and when the page's
 * first version was captured.
 */
public record StoredVersion(long pageId, long versionId, String outletId, String url,
    String title, List<String> paragraphs, Instant published, Instant firstCaptured) {

  public StoredVersion {
    paragraphs = List.copyOf(paragraphs);
  }
}

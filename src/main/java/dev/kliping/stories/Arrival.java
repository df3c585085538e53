package dev.kliping.stories;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A page's newly stored version, as the story desk needs it.
 *
 * @param versionId the stored version, or null for an article not (yet) in the version table
 * @param published when the outlet says it published the article, or null
 * @param firstCaptured when kliping first captured the page's article
 */
public record Arrival(long pageId, Long versionId, String outletId, String url, String title,
    List<String> paragraphs, Instant published, Instant firstCaptured) {

  public Arrival {
    Objects.requireNonNull(outletId, "outletId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(firstCaptured, "firstCaptured");
    paragraphs = List.copyOf(paragraphs);
  }

  /** The article's time on a story's timeline: published, else first captured. */
  public Instant at() {
    return published != null ? published : firstCaptured;
  }

  /** The body as stored: paragraphs separated by blank lines. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }
}

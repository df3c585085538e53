package dev.kliping.stories;

import dev.kliping.archive.Stories;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recomputes every story from the stored versions, in the order they were stored, so that the
 * result is what the crawl's own placements were: after a rebuild of the database from the WARC
 * files, or after the rules that make stories changed.
 */
public final class StoryRecompute {
  private StoryRecompute() {}

  /** Replaces every story; returns how many versions were placed. */
  public static long run(Stories stories) {
    stories.clear();
    AtomicLong placed = new AtomicLong();
    try (StoryDesk desk = StoryDesk.open(stories, StoryDesk.WINDOW)) {
      stories.eachVersion(v -> {
        desk.attach(new Arrival(v.pageId(), v.versionId(), v.outletId(), v.url(), v.title(),
            v.paragraphs(), v.published(), v.firstCaptured()));
        placed.incrementAndGet();
      });
    }
    return placed.get();
  }
}

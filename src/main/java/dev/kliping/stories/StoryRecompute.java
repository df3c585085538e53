package dev.kliping.stories;

import dev.kliping.archive.Stories;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recomputes every story from the stored versions, in the order they were stored, so that the
 * result is what the crawl's own placements were: after a rebuild of the database from the WARC
 * files, or after the rules that make stories changed.
 */
public final class StoryRecompute {
  /* Placements per transaction: one commit per article would dominate a recompute. */
  static final int BATCH = 500;

  private StoryRecompute() {}

  /** Replaces every story; returns how many versions were placed. */
  public static long run(Stories stories) {
    stories.clear();
    AtomicLong placed = new AtomicLong();
    try (StoryDesk desk = StoryDesk.open(stories, StoryDesk.WINDOW)) {
      List<Arrival> batch = new ArrayList<>();
      stories.eachVersion(v -> {
        batch.add(new Arrival(v.pageId(), v.versionId(), v.outletId(), v.url(), v.title(),
            v.paragraphs(), v.published(), v.firstCaptured()));
        placed.incrementAndGet();
        if (batch.size() == BATCH) {
          desk.attachAll(batch);
          batch.clear();
        }
      });
      desk.attachAll(batch);
    }
    return placed.get();
  }
}

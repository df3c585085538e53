package dev.kliping.stories;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Page;
import dev.kliping.archive.PageHistory;
import dev.kliping.archive.Version;
import dev.kliping.archive.VersionListener;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places each newly stored version in a story as the crawl stores it. A failure is logged and the
 * crawl goes on: stories are derived data that {@link StoryRecompute} can always redo.
 * Thread-safe; closing it closes its desk.
 */
public final class StoryListener implements VersionListener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StoryListener.class);

  private final Archive archive;
  private final StoryDesk desk;

  private StoryListener(Archive archive, StoryDesk desk) {
    this.archive = archive;
    this.desk = desk;
  }

  /** A listener over the archive's stories with the default window. */
  public static StoryListener open(Archive archive) {
    return new StoryListener(archive, StoryDesk.open(archive.stories(), StoryDesk.WINDOW));
  }

  @Override
  public void stored(String outletId, String url, int versionNumber) {
    try {
      Page page = archive.findPage(url).orElseThrow();
      Version v = archive.version(url, versionNumber).orElseThrow();
      PageHistory history = archive.history(url).orElseThrow();
      var a = v.article();
      desk.attach(new Arrival(page.id(), v.id(), outletId, url, a.title(), a.paragraphs(),
          a.published() == null ? null : a.published().toInstant(),
          history.versions().get(0).capturedAt()));
    } catch (RuntimeException e) {
      LOG.warn("cannot place {} version {} in a story (kliping stories --recompute redoes them): {}",
          url, versionNumber, e.toString());
    }
  }

  @Override
  public void close() {
    desk.close();
  }

  /** The window this listener's desk uses. */
  public static Duration window() {
    return StoryDesk.WINDOW;
  }
}

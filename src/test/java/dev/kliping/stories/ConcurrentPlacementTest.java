package dev.kliping.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kliping.archive.Archive;
import dev.kliping.archive.ArchiveOptions;
import dev.kliping.archive.CopiedPassage;
import dev.kliping.archive.CopiedText;
import dev.kliping.archive.CopyView;
import dev.kliping.archive.DatabaseLocation;
import dev.kliping.archive.StoryPlacement;
import dev.kliping.archive.Stories;
import dev.kliping.testing.EmbeddedDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes of a cluster placing related articles at the same moment, as two threads on one
 * archive (each its own connection and transaction, as each node has): one holds its transaction
 * open after storing a copied text or a page's placement while the other stores the same row.
 * Both placements must succeed, on H2 and on PostgreSQL, and the later one's finding stays.
 */
class ConcurrentPlacementTest {
  private static final Instant T0 = Instant.parse("2024-06-20T01:00:00Z");
  private static final String X = "https://medcom.example/x";
  private static final String Y = "https://rmol.example/y";

  @Test
  void twoNodesStoringOneCopiedTextAtOnceOnH2(@TempDir Path dir) throws Exception {
    try (Archive archive = Archive.open(dir.resolve("archive"))) {
      bothStoreOneCopiedText(archive);
    }
  }

  @Test
  void twoNodesPlacingOnePageAtOnceOnH2(@TempDir Path dir) throws Exception {
    try (Archive archive = Archive.open(dir.resolve("archive"))) {
      bothPlaceOnePage(archive);
    }
  }

  @Test
  void twoNodesOnPostgres(@TempDir Path dir) throws Exception {
    try (EmbeddedDatabase postgres = EmbeddedDatabase.start()) {
      for (int i = 0; i < 2; i++) {
        ArchiveOptions options = ArchiveOptions.defaults()
            .withDatabase(new DatabaseLocation(postgres.newDatabase(), null, null));
        try (Archive archive = Archive.open(dir.resolve("archive" + i), options)) {
          if (i == 0) {
            bothStoreOneCopiedText(archive);
          } else {
            bothPlaceOnePage(archive);
          }
        }
      }
    }
  }

  /** Y copied X; node A places X again, node B places Y again, and both find the copy. */
  private static void bothStoreOneCopiedText(Archive archive) throws Exception {
    Stories stories = archive.stories();
    long x = archive.page("medcom", X, T0);
    long y = archive.page("rmol", Y, T0);
    // In two stories: placements in one story wait for each other on the story's row.
    long first = stories.place(placement(x, 0, List.of()));
    long second = stories.place(placement(y, 0, List.of()));

    race(stories, placement(x, first, List.of(copy(x, y, 1))),
        placement(y, second, List.of(copy(x, y, 2))));

    List<long[]> pairs = stories.copiedPairs();
    assertEquals(1, pairs.size());
    assertEquals(List.of(x, y), List.of(pairs.get(0)[0], pairs.get(0)[1]));
    List<CopyView> copied = stories.reuse(Y).orElseThrow().copiedFrom();
    assertEquals(1, copied.size());
    assertEquals(2, copied.get(0).passages().size(), "the placement committed last stays");
  }

  /** A page stored twice at once (two versions) is placed once, in the later placement's story. */
  private static void bothPlaceOnePage(Archive archive) throws Exception {
    Stories stories = archive.stories();
    long x = archive.page("medcom", X, T0);
    long y = archive.page("rmol", Y, T0);
    long first = stories.place(placement(y, 0, List.of()));
    long second = stories.place(placement(archive.page("rmol", Y + "2", T0), 0, List.of()));

    race(stories, placement(x, first, List.of()), placement(x, second, List.of()));

    assertEquals(second, stories.storyOf(x).orElseThrow());
  }

  /**
   * Node A stores its placement and keeps its transaction open while node B stores its own;
   * then A commits. B's statements wait for A's rows, as two nodes' would.
   */
  private static void race(Stories stories, StoryPlacement a, StoryPlacement b)
      throws Exception {
    CountDownLatch aStored = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Future<?> nodeA = nodes.submit(() -> stories.together(() -> {
        stories.place(a);
        aStored.countDown();
        pause(1500);
        return null;
      }));
      Future<?> nodeB = nodes.submit(() -> {
        await(aStored);
        return stories.place(b);
      });
      nodeA.get(30, TimeUnit.SECONDS);
      nodeB.get(30, TimeUnit.SECONDS);
    } finally {
      nodes.shutdownNow();
    }
  }

  private static StoryPlacement placement(long page, long story, List<CopiedText> copies) {
    return new StoryPlacement(page, null, story, "Putin dan Kim Jong-un teken pakta", "e:putin",
        T0, T0, story == 0 ? 0 : 0.5, null, 0, copies);
  }

  private static CopiedText copy(long source, long target, int passages) {
    List<CopiedPassage> found = new java.util.ArrayList<>();
    for (int i = 0; i < passages; i++) {
      found.add(new CopiedPassage(100 * i, 100 * i + 80, 100 * i, 100 * i + 80, 12,
          "kedua negara saling membantu jika salah satu pihak diserang oleh negara lain"));
    }
    return new CopiedText(source, null, target, null, 0.4, 0.5, false, CopiedText.BY_PUBLISHED,
        List.of("Sumber: Medcom"), found);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("node A never stored its placement");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Group commit: an action waiting for a commit runs only after a store that began after the
 * commit, one store covers many commits, and closing announces everything committed.
 */
class CommitFlusherTest {
  @Test
  void anActionRunsOnlyAfterAStoreThatCoversItsCommit() {
    AtomicLong storedThrough = new AtomicLong();
    AtomicLong committedSoFar = new AtomicLong();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger stores = new AtomicInteger();
    CommitFlusher flusher = new CommitFlusher(sync -> {
      stores.incrementAndGet();
      storedThrough.set(committedSoFar.get());
    }, "test");
    List<Long> announced = Collections.synchronizedList(new ArrayList<>());
    try (flusher) {
      for (int i = 0; i < 500; i++) {
        committedSoFar.incrementAndGet(); // the commit, then its ticket
        long ticket = flusher.committed();
        flusher.whenFlushed(ticket, () -> {
          if (storedThrough.get() < ticket) {
            problems.add("commit " + ticket + " announced before a store covered it");
          }
          announced.add(ticket);
        });
      }
      flusher.sync();
      assertEquals(500, announced.size(), "sync waits until every commit so far is announced");
    }
    assertTrue(problems.isEmpty(), problems::toString);
    assertTrue(stores.get() < 250, "stores are shared: " + stores.get() + " for 500 commits");
  }

  @Test
  void closingStoresAndAnnouncesWhatIsCommitted() {
    AtomicInteger stores = new AtomicInteger();
    List<Long> announced = Collections.synchronizedList(new ArrayList<>());
    CommitFlusher flusher = new CommitFlusher(sync -> stores.incrementAndGet(), "test");
    long ticket = flusher.committed();
    flusher.whenFlushed(ticket, () -> announced.add(ticket));
    flusher.close();
    assertEquals(List.of(ticket), announced);
    assertTrue(stores.get() >= 1);
  }

  @Test
  void aWaitingCommitIsInTheFileWhenFlushThroughReturns() {
    AtomicLong storedThrough = new AtomicLong();
    AtomicLong committedSoFar = new AtomicLong();
    try (CommitFlusher flusher = new CommitFlusher(
        sync -> storedThrough.set(committedSoFar.get()), "test")) {
      committedSoFar.incrementAndGet();
      long ticket = flusher.committed();
      flusher.flushThrough(ticket);
      assertTrue(storedThrough.get() >= ticket);
    }
  }
}

package dev.kliping.archive;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Compacts the H2 file when the archive closes: rewrites the live pages of chunks that hold dead
 * ones and moves chunks into the holes left by freed ones, so the file shrinks to about what it
 * holds, within a time budget.
 *
 * <p>H2's own compaction at close (MAX_COMPACT_TIME) does nothing unless the chunks are less
 * than AUTO_COMPACT_FILL_RATE (90%) full, and moves chunks into the file's holes only within
 * those rounds: free space between chunks is never reclaimed while the chunks themselves are
 * dense. Rows rewritten again and again (a page's next visit) leave exactly that; 1,000 pages
 * rescheduled twelve times left a closed file 2.9 times its full compaction (StorageTest). Here
 * both steps run until the file and its chunks are {@value #TARGET}% full.
 *
 * <p>Safe under kill -9 as H2's own compaction is, since these are its operations: a chunk is
 * moved by writing a copy and syncing the file header that points at it before the old place is
 * freed, and a rewritten page is written in a new chunk before the old chunk is dropped.
 */
final class FileCompaction {
  /** The file and its chunks count as compact at this fill (percent). */
  static final int TARGET = 95;
  /** Bytes rewritten or moved per step, between which the time budget is checked. */
  private static final int STEP_BYTES = 4 * 1024 * 1024;

  private FileCompaction() {}

  /** What one compaction did: the file's fill before and after (percent of it in use). */
  record Result(int fillBefore, int fillAfter, int steps) {}

  /**
   * Compacts the H2 database behind the connection until the file and its chunks are
   * {@value #TARGET}% full or budgetMillis have passed. Other connections may keep working.
   */
  static Result run(Connection c, long budgetMillis) throws SQLException {
    MVStore store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase()
        .getStore().getMvStore();
    FileStore<?> file = store.getFileStore();
    int before = store.getFillRate();
    // As H2's own compaction at close does: chunks emptied by the rewrite are freed at once
    // instead of after 45 s (the retention that lets readers of old versions finish).
    store.setRetentionTime(0);
    long stop = System.nanoTime() + budgetMillis * 1_000_000;
    int steps = 0;
    while (System.nanoTime() < stop && !compact(store, file)) {
      int fill = store.getFillRate();
      int chunks = file.getChunksFillRate();
      store.compact(100, STEP_BYTES);
      store.commit();
      if (file instanceof RandomAccessStore spaced) {
        spaced.compactMoveChunks(100, STEP_BYTES, store);
      }
      steps++;
      if (store.getFillRate() <= fill && file.getChunksFillRate() <= chunks) {
        // Nothing gained: what is left is not for this store's compaction to take.
        break;
      }
    }
    return new Result(before, store.getFillRate(), steps);
  }

  private static boolean compact(MVStore store, FileStore<?> file) {
    return store.getFillRate() >= TARGET && file.getChunksFillRate() >= TARGET;
  }
}

package dev.kliping.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;

/**
 * Adds pages of versions to an emptied index on several threads while the caller reads the next
 * pages from the database. Analysing the text is most of the cost of indexing, and an
 * {@link IndexWriter} takes documents from many threads at once (each fills its own segment), so
 * a rebuild uses every processor instead of one. Memory stays flat: at most two batches per
 * thread wait; past that, the reading thread indexes a batch itself. Not thread-safe: one caller
 * adds, then calls {@link #finish()}.
 */
final class BulkIndexer {
  /** Enough pages per task that handing them over costs nothing beside analysing them. */
  private static final int PAGES_PER_BATCH = 200;

  private final IndexWriter writer;
  private final ThreadPoolExecutor threads;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private List<List<IndexedVersion>> batch = new ArrayList<>(PAGES_PER_BATCH);

  BulkIndexer(IndexWriter writer, int threadCount) {
    this.writer = writer;
    this.threads = new ThreadPoolExecutor(threadCount, threadCount, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(2 * threadCount), r -> {
          Thread t = new Thread(r, "search-rebuild");
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /** Queues the page's versions; throws the first failure of an earlier batch. */
  void add(List<IndexedVersion> page) {
    rethrow();
    batch.add(page);
    if (batch.size() == PAGES_PER_BATCH) {
      List<List<IndexedVersion>> full = batch;
      batch = new ArrayList<>(PAGES_PER_BATCH);
      threads.execute(() -> index(full));
    }
  }

  /** Indexes what is queued and waits for every batch; throws the first failure. */
  void finish() {
    index(batch);
    batch = new ArrayList<>();
    threads.shutdown();
    try {
      while (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
        // Keep waiting: the batches end, and the caller must not commit before they have.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the index was rebuilt", e);
    }
    rethrow();
  }

  private void index(List<List<IndexedVersion>> pages) {
    if (failure.get() != null) {
      return;
    }
    try {
      for (List<IndexedVersion> page : pages) {
        List<Document> docs = new ArrayList<>(page.size());
        for (IndexedVersion v : page) {
          docs.add(Documents.of(v));
        }
        // The index was emptied: adding, not updating, spares a delete per page.
        writer.addDocuments(docs);
      }
    } catch (IOException e) {
      failure.compareAndSet(null, new UncheckedIOException("cannot index: " + e, e));
    } catch (RuntimeException e) {
      failure.compareAndSet(null, e);
    }
  }

  private void rethrow() {
    RuntimeException e = failure.get();
    if (e != null) {
      throw e;
    }
  }
}

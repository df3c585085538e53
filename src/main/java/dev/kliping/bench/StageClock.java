package dev.kliping.bench;

import dev.kliping.archive.VersionListener;
import dev.kliping.extract.Extractor;
import java.io.IOException;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Times the crawl's stages that live outside the archive: HTTP calls (from call start to the end
 * of the body), extraction and search indexing, each summed over all crawling threads. Wraps the
 * real parts; adds two clock reads per call. Thread-safe.
 */
final class StageClock {
  private final LongAdder fetchNanos = new LongAdder();
  private final LongAdder extractNanos = new LongAdder();
  private final LongAdder indexNanos = new LongAdder();

  /** Thread-seconds so far per stage. */
  record Seconds(double fetch, double extract, double index) {
    Seconds minus(Seconds before) {
      return new Seconds(fetch - before.fetch, extract - before.extract, index - before.index);
    }
  }

  Seconds seconds() {
    return new Seconds(fetchNanos.sum() / 1e9, extractNanos.sum() / 1e9, indexNanos.sum() / 1e9);
  }

  /** An OkHttp listener factory that times every call. */
  EventListener.Factory calls() {
    return call -> new EventListener() {
      private final long start = System.nanoTime();

      @Override
      public void callEnd(Call c) {
        fetchNanos.add(System.nanoTime() - start);
      }

      @Override
      public void callFailed(Call c, IOException e) {
        fetchNanos.add(System.nanoTime() - start);
      }
    };
  }

  Extractor timed(Extractor extractor) {
    return (html, charset, url, rules, learned, forceGeneric) -> {
      long start = System.nanoTime();
      try {
        return extractor.extract(html, charset, url, rules, learned, forceGeneric);
      } finally {
        extractNanos.add(System.nanoTime() - start);
      }
    };
  }

  VersionListener timed(VersionListener listener) {
    return (outlet, url, number) -> {
      long start = System.nanoTime();
      try {
        listener.stored(outlet, url, number);
      } finally {
        indexNanos.add(System.nanoTime() - start);
      }
    };
  }

  /** Adds time spent on the index outside the listener, such as its final commit. */
  void addIndex(long nanos) {
    indexNanos.add(nanos);
  }

}

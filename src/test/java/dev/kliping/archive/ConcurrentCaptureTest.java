package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/** Fetcher threads for different hosts capture at once; every record lands whole and findable. */
class ConcurrentCaptureTest {
  @TempDir Path dir;

  @Test
  void parallelCapturesEachGetTheirOwnWholeRecord() throws Exception {
    int threads = 6;
    int each = 15;
    List<Capture> captures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (Archive archive = Archive.open(dir, ArchiveOptions.defaults().withMaxWarcBytes(20_000))) {
      List<Future<List<Capture>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          List<Capture> mine = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            String url = Fixtures.URL + "/" + thread + "/" + i;
            long page = archive.page("rmol", url, Fixtures.T0);
            mine.add(archive.capture(page,
                Fixtures.gunzipped(url, "<p>" + url + "</p>".repeat(50), Fixtures.T0)));
          }
          return mine;
        }));
      }
      for (Future<List<Capture>> f : futures) {
        captures.addAll(f.get());
      }
      for (Capture c : captures) {
        String body = new String(archive.read(c).body(), StandardCharsets.UTF_8);
        assertEquals("<p>" + c.url() + "</p>".repeat(50), body);
      }
    } finally {
      pool.shutdown();
    }
    Set<String> where = captures.stream().map(c -> c.warcFile() + "@" + c.warcOffset())
        .collect(Collectors.toSet());
    assertEquals(threads * each, where.size());
    int responses = 0;
    Set<String> files = new HashSet<>();
    for (Path f : WarcRecordsTest.warcFiles(dir.resolve("warc"))) {
      files.add(f.getFileName().toString());
      try (WarcReader reader = new WarcReader(f)) {
        for (WarcRecord r : reader) {
          responses += r.type().equals("response") ? 1 : 0;
        }
      }
    }
    assertEquals(threads * each, responses);
    assertEquals(files, captures.stream().map(Capture::warcFile).collect(Collectors.toSet()));
  }
}

package dev.kliping.bench;

import dev.kliping.search.Moments;
import dev.kliping.search.SearchIndex;
import dev.kliping.search.SearchQuery;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times searches by query type: every type the search page and the API offer, each on its own
 * line, so a slow one cannot hide in a pooled percentile. The types run interleaved, round after
 * round, so the machine's noise falls on all of them alike.
 */
public final class SearchLatency {
  private static final int WARMUP_ROUNDS = 30;
  private static final int ROUNDS = 40;
  private static final Instant AS_OF = Moments.start("2024-06-15T12:00:00Z");

  private final SearchIndex index;
  private final String server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Times the index directly, and over HTTP at server ("http://127.0.0.1:PORT"). */
  public SearchLatency(SearchIndex index, String server) {
    this.index = index;
    this.server = server;
  }

  /**
   * One query type's figures, in nanoseconds: wall-clock time, and the CPU time of the JVM's
   * threads during the search (the searching thread, the threads that search segments side by
   * side, and over HTTP the server's and the client's), which other processes' load inflates far
   * less; total is how many versions its query matched (-1 over HTTP); failures are the runs
   * that answered no result (an HTTP status other than 200, a search past its budget), with the
   * first one's message, and are timed like the others.
   */
  public record Timing(String type, int runs, long p50, long p95, long max, long cpuP95,
      long total, int failures, String firstFailure) {}

  /** A search to time; answers how many versions matched, or throws {@link Failed}. */
  @FunctionalInterface
  private interface Probe {
    long run() throws IOException, InterruptedException, Failed;
  }

  /** A search that answered no result: counted against its type, and the run goes on. */
  private static final class Failed extends Exception {
    Failed(String message) {
      super(message);
    }
  }

  /** The failures of one type: how many, and what the first said. */
  private static final class Failures {
    int count;
    String first;

    void add(String message) {
      count++;
      if (first == null) {
        first = message;
      }
    }
  }

  /** Warms up, then times every type ROUNDS times; in the types' order. */
  public List<Timing> measure() throws IOException, InterruptedException {
    Map<String, Probe> types = types();
    Map<String, Long> totals = new LinkedHashMap<>();
    Map<String, Failures> failures = new LinkedHashMap<>();
    types.keySet().forEach(t -> failures.put(t, new Failures()));
    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      for (Map.Entry<String, Probe> t : types.entrySet()) {
        long total = run(t.getValue(), new Failures());
        totals.merge(t.getKey(), total, Math::max);
      }
    }
    Map<String, long[]> nanos = new LinkedHashMap<>();
    Map<String, long[]> cpu = new LinkedHashMap<>();
    types.keySet().forEach(t -> nanos.put(t, new long[ROUNDS]));
    types.keySet().forEach(t -> cpu.put(t, new long[ROUNDS]));
    for (int r = 0; r < ROUNDS; r++) {
      for (Map.Entry<String, Probe> t : types.entrySet()) {
        long[] ids = threads.getAllThreadIds();
        long[] cpuStart = threads.getThreadCpuTime(ids);
        long start = System.nanoTime();
        run(t.getValue(), failures.get(t.getKey()));
        nanos.get(t.getKey())[r] = System.nanoTime() - start;
        cpu.get(t.getKey())[r] = spent(cpuStart, threads.getThreadCpuTime(ids));
      }
    }
    List<Timing> out = new ArrayList<>();
    nanos.forEach((type, n) -> {
      long[] sorted = n.clone();
      Arrays.sort(sorted);
      long[] cpuSorted = cpu.get(type).clone();
      Arrays.sort(cpuSorted);
      Failures f = failures.get(type);
      out.add(new Timing(type, sorted.length, percentile(sorted, 50), percentile(sorted, 95),
          sorted[sorted.length - 1], percentile(cpuSorted, 95), totals.get(type), f.count,
          f.first));
    });
    return out;
  }

  /** Runs one search; a failure is added to failures and answers -1. */
  private static long run(Probe probe, Failures failures) throws IOException,
      InterruptedException {
    try {
      return probe.run();
    } catch (Failed | RuntimeException e) {
      failures.add(e.getMessage());
      return -1;
    }
  }

  /** The types, each one query: the words and filters researchers use, as in the README. */
  private Map<String, Probe> types() {
    Map<String, Probe> t = new LinkedHashMap<>();
    t.put("words", direct(text("Korea Utara")));
    t.put("many words", direct(text("Putin Kim Jong Un")));
    t.put("phrase", direct(text("\"perjanjian pertahanan\"")));
    t.put("stems", direct(text("berjanji")));
    t.put("exclusion", direct(text("menandatangani -ukraina")));
    t.put("either", direct(text("senjata | rudal")));
    t.put("outlet", direct(new SearchQuery("rusia", "kompastv", null, null, null, null, false,
        null, false, 20)));
    t.put("published range", direct(new SearchQuery("militer", null,
        Moments.start("2024-03-01"), Moments.end("2024-06-30"), SearchQuery.DateField.PUBLISHED,
        null, false, null, false, 20)));
    t.put("captured range", direct(new SearchQuery("militer", null,
        Moments.start("2024-03-01"), Moments.end("2024-06-30"), SearchQuery.DateField.CAPTURED,
        null, false, null, false, 20)));
    t.put("author", direct(new SearchQuery("pertahanan", null, null, null, null, "Tussie Ayu",
        false, null, false, 20)));
    t.put("changed", direct(new SearchQuery("kerja sama", null, null, null, null, null, true,
        null, false, 20)));
    t.put("as-of", direct(new SearchQuery("nuklir", null, null, null, null, null, false, AS_OF,
        false, 20)));
    t.put("all versions", direct(new SearchQuery("perjanjian", null, null, null, null, null,
        false, null, true, 20)));
    t.put("browse", direct(SearchQuery.all()));
    t.put("browse outlet", direct(new SearchQuery("", "medcom", null, null, null, null, false,
        null, false, 20)));
    t.put("browse changed", direct(new SearchQuery("", null, null, null, null, null, true, null,
        false, 20)));
    t.put("browse as-of", direct(new SearchQuery("", null, null, null, null, null, false, AS_OF,
        false, 20)));
    t.put("web page", get("/?q=" + encode("perjanjian pertahanan") + "&outlet=medcom"));
    t.put("api", get("/api/search?q=" + encode("Korea Utara") + "&limit=20"));
    return t;
  }

  private static SearchQuery text(String words) {
    return SearchQuery.text(words);
  }

  private Probe direct(SearchQuery q) {
    return () -> index.search(q).total();
  }

  private Probe get(String pathAndQuery) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server + pathAndQuery)).build();
    return () -> {
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new Failed(pathAndQuery + " answered " + r.statusCode() + ": "
            + new String(r.body(), StandardCharsets.UTF_8).strip());
      }
      return -1;
    };
  }

  /** The CPU time the threads spent between two readings; a thread gone since reads -1. */
  private static long spent(long[] before, long[] after) {
    long sum = 0;
    for (int i = 0; i < before.length; i++) {
      if (before[i] >= 0 && after[i] >= 0) {
        sum += after[i] - before[i];
      }
    }
    return sum;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static long percentile(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}

package dev.kliping.bench;

import dev.kliping.archive.Archive;
import dev.kliping.stories.Arrival;
import dev.kliping.stories.StoryDesk;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Attaches a synthetic news stream to stories in a real archive and measures the result against
 * what was planted: pairwise precision and recall of story membership (two articles of one event
 * should share a story, two of different events should not) and of copied texts (the planted
 * source and copy, in that direction), the articles attached per second, and the heap as it goes.
 */
public final class StoryBenchmark {
  /* Articles per transaction, as StoryRecompute places them. */
  private static final int BATCH = 500;

  private final PrintWriter out;

  public StoryBenchmark(PrintWriter out) {
    this.out = out;
  }

  public void run(Archive archive, List<SyntheticStories.Article> articles) {
    int n = articles.size();
    long t0 = System.nanoTime();
    long[] pages = new long[n];
    for (int from = 0; from < n; from += BATCH) {
      int start = from;
      archive.together(() -> {
        for (int i = start; i < Math.min(n, start + BATCH); i++) {
          SyntheticStories.Article a = articles.get(i);
          pages[i] = archive.page(a.outlet(), url(a), a.published());
        }
        return null;
      });
    }
    out.printf(Locale.ROOT, "archive: %d pages of %d events inserted in %.1f s%n", n,
        articles.stream().mapToInt(SyntheticStories.Article::event).max().orElse(-1) + 1,
        seconds(t0));
    out.flush();
    long[] story = new long[n];
    var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = cpu.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    int report = Math.max(BATCH, n / 10 / BATCH * BATCH);
    int reported = 0;
    long cpuReported = cpuStart;
    try (StoryDesk desk = StoryDesk.open(archive.stories(), StoryDesk.WINDOW)) {
      // As a recompute does: a batch of placements per transaction, not a commit per article.
      for (int from = 0; from < n; from += BATCH) {
        List<Arrival> batch = new ArrayList<>();
        for (int i = from; i < Math.min(n, from + BATCH); i++) {
          SyntheticStories.Article a = articles.get(i);
          batch.add(new Arrival(pages[i], null, a.outlet(), url(a), a.title(), a.paragraphs(),
              a.published(), a.published()));
        }
        long[] ids = desk.attachAll(batch);
        System.arraycopy(ids, 0, story, from, ids.length);
        int done = from + ids.length;
        if (done % report == 0 || done == n) {
          long cpuNow = cpu.getCurrentThreadCpuTime();
          StoryDesk.Holding held = desk.holding();
          out.printf(Locale.ROOT, "  %6d attached, %.0f articles/s, last %d at %.0f per CPU second,"
              + " heap used after GC %.1f MB; desk holds %d articles, %d story heads, %d terms%n",
              done, done / seconds(start), done - reported,
              (done - reported) / ((cpuNow - cpuReported) / 1e9), heapMb(), held.articles(),
              held.stories(), held.terms());
          out.flush();
          reported = done;
          cpuReported = cpuNow;
        }
      }
    }
    double elapsed = seconds(start);
    double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    out.printf(Locale.ROOT, "attach: %d articles in %.1f s = %.0f articles/s (target >= 500);"
        + " attaching thread's CPU %.1f s = %.0f articles per CPU second%n", n, elapsed,
        n / elapsed, cpuSeconds, n / cpuSeconds);
    membership(articles, story);
    copies(archive, articles, pages);
  }

  private void membership(List<SyntheticStories.Article> articles, long[] story) {
    Map<Long, Long> perStory = new HashMap<>();
    Map<Integer, Long> perEvent = new HashMap<>();
    Map<String, Long> perBoth = new HashMap<>();
    for (int i = 0; i < story.length; i++) {
      perStory.merge(story[i], 1L, Long::sum);
      perEvent.merge(articles.get(i).event(), 1L, Long::sum);
      perBoth.merge(story[i] + "/" + articles.get(i).event(), 1L, Long::sum);
    }
    long predicted = pairs(perStory);
    long truth = pairs(perEvent);
    long right = pairs(perBoth);
    out.printf(Locale.ROOT, "membership: %d stories for %d events; pairs predicted %d, planted"
        + " %d, agreeing %d: precision %.3f, recall %.3f%n", perStory.size(), perEvent.size(),
        predicted, truth, right, ratio(right, predicted), ratio(right, truth));
  }

  private static long pairs(Map<?, Long> sizes) {
    long p = 0;
    for (long s : sizes.values()) {
      p += s * (s - 1) / 2;
    }
    return p;
  }

  private void copies(Archive archive, List<SyntheticStories.Article> articles, long[] pages) {
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < pages.length; i++) {
      index.put(pages[i], i);
    }
    Set<String> planted = new HashSet<>();
    long republications = 0;
    for (SyntheticStories.Article a : articles) {
      if (a.planted() != null) {
        planted.add(a.planted().source() + ">" + a.index());
        republications += a.planted().republication() ? 1 : 0;
      }
    }
    Set<String> found = new HashSet<>();
    for (long[] pair : archive.stories().copiedPairs()) {
      found.add(index.get(pair[0]) + ">" + index.get(pair[1]));
    }
    long right = found.stream().filter(planted::contains).count();
    out.printf(Locale.ROOT, "copied texts: planted %d (%d republications), found %d, right with"
        + " direction %d: precision %.3f, recall %.3f%n", planted.size(), republications,
        found.size(), right, ratio(right, found.size()), ratio(right, planted.size()));
  }

  private static String url(SyntheticStories.Article a) {
    return "https://bench.example/" + a.outlet() + "/" + a.index();
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static double heapMb() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return (rt.totalMemory() - rt.freeMemory()) / 1e6;
  }
}

package dev.kliping.bench;

import dev.kliping.extract.Article;
import dev.kliping.extract.Extractor;
import dev.kliping.extract.OutletRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Runs the generic extractor over benchmark pages, scores it and times it against a bare jsoup
 * parse of the same pages. Both are timed after warm-up rounds, alternately, keeping each one's
 * fastest round, so the JIT and the machine's noise affect them alike.
 */
public final class ExtractionBenchmark {

  private final Extractor extractor;
  private final int warmUpRounds;
  private final int timedRounds;

  public ExtractionBenchmark(Extractor extractor) {
    this(extractor, 5);
  }

  /** A benchmark timing the fastest of {@code rounds} rounds after as many warm-up rounds. */
  public ExtractionBenchmark(Extractor extractor, int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
    }
    this.extractor = extractor;
    this.warmUpRounds = rounds;
    this.timedRounds = rounds;
  }

  /** One page's result: its score and its extraction time in the fastest round. */
  public record PageResult(String id, AebMetric.PageScore score, long nanos, String predicted) {}

  /** The whole run. */
  public record Report(AebMetric.Summary summary, List<PageResult> pages, long extractNanos,
      long parseNanos) {

    public double pagesPerSecond() {
      return pages.size() / (extractNanos / 1e9);
    }

    public double ratio() {
      return (double) extractNanos / parseNanos;
    }

    public PageResult slowest() {
      return pages.stream().max((a, b) -> Long.compare(a.nanos(), b.nanos())).orElse(null);
    }
  }

  public Report run(List<AebCorpus.Page> corpus) {
    for (int i = 0; i < warmUpRounds; i++) {
      extractAll(corpus, new long[corpus.size()]);
      parseAll(corpus);
    }
    long bestExtract = Long.MAX_VALUE;
    long bestParse = Long.MAX_VALUE;
    long[] perPage = new long[corpus.size()];
    long[] fastest = new long[corpus.size()];
    java.util.Arrays.fill(fastest, Long.MAX_VALUE);
    List<String> texts = null;
    for (int i = 0; i < timedRounds; i++) {
      long start = System.nanoTime();
      texts = extractAll(corpus, perPage);
      bestExtract = Math.min(bestExtract, System.nanoTime() - start);
      for (int p = 0; p < perPage.length; p++) {
        fastest[p] = Math.min(fastest[p], perPage[p]);
      }
      start = System.nanoTime();
      parseAll(corpus);
      bestParse = Math.min(bestParse, System.nanoTime() - start);
    }
    List<PageResult> results = new ArrayList<>();
    List<AebMetric.PageScore> scores = new ArrayList<>();
    for (int p = 0; p < corpus.size(); p++) {
      AebMetric.PageScore s = AebMetric.score(texts.get(p), corpus.get(p).truth());
      scores.add(s);
      results.add(new PageResult(corpus.get(p).id(), s, fastest[p], texts.get(p)));
    }
    return new Report(AebMetric.summarise(scores), results, bestExtract, bestParse);
  }

  private List<String> extractAll(List<AebCorpus.Page> corpus, long[] nanos) {
    List<String> texts = new ArrayList<>(corpus.size());
    for (int p = 0; p < corpus.size(); p++) {
      AebCorpus.Page page = corpus.get(p);
      long start = System.nanoTime();
      Article a = extractor.extract(page.html(), "utf-8", page.url(), OutletRules.NONE, true);
      nanos[p] = System.nanoTime() - start;
      texts.add(a.text());
    }
    return texts;
  }

  /* The baseline: what any jsoup-based extractor must pay at least (decode and parse). */
  private static long parseAll(List<AebCorpus.Page> corpus) {
    long nodes = 0;
    for (AebCorpus.Page page : corpus) {
      nodes += Jsoup.parse(new String(page.html(), StandardCharsets.UTF_8), page.url())
          .childNodeSize();
    }
    return nodes;
  }
}

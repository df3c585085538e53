package dev.kliping.stories;

import dev.kliping.archive.CopiedText;
import dev.kliping.archive.StoryHead;
import dev.kliping.archive.StoryMember;
import dev.kliping.archive.StoryPlacement;
import dev.kliping.archive.Stories;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts each arriving article in a story, as an editor's desk sorts wire copy: candidates are the
 * articles of the window (a few days either side) that share the most key terms, found with
 * Lucene; the article joins the story of the most similar one when the similarity reaches
 * {@link #JOIN} (or when it shares copied passages with it), else it starts a story, linked as a
 * follow-up to the most similar earlier story when that reaches {@link #FOLLOW}. Copied passages
 * are looked for between the article and each candidate of another outlet. Placements go to the
 * archive at once. Thread-safe (calls are serialised); memory holds only the window.
 */
public final class StoryDesk implements AutoCloseable {
  /** The default window: three days from a story's first article. */
  public static final Duration WINDOW = Duration.ofDays(3);
  /** The similarity from which two articles tell the same event. */
  static final double JOIN = 0.22;
  /** The similarity from which a new story develops an earlier one. */
  static final double FOLLOW = 0.12;
  /** A copy covering this share of either article puts both in one story. */
  static final double COPY_JOINS = 0.25;
  /** How close to the best a follow-up candidate must be to win by being earlier. */
  private static final double NEARLY = 0.75;
  private static final int CANDIDATES = 24;
  private static final int QUERY_TERMS = 32;
  /** About a day of the five outlets' articles. */
  private static final int MIN_WINDOW = 500;
  private static final int FOLLOW_CANDIDATES = 8;

  private final Stories stories;
  private final long window;
  private final KeyTerms keyTerms = new KeyTerms();
  private final CopyFinder copies = new CopyFinder();
  private final TermIndex articles = new TermIndex();
  private final TermIndex heads = new TermIndex();
  private final Map<Long, Sketch> sketches = new HashMap<>();
  private final Map<Long, Long> storyOfPage = new HashMap<>();
  private final Map<Long, Long> storyStart = new HashMap<>();
  private final Map<Long, Long> storyFollows = new HashMap<>();
  /** How many articles of the window each story has. */
  private final Map<Long, Integer> storySize = new HashMap<>();
  /** How many articles of the window carry each term. */
  private final Map<String, Integer> df = new HashMap<>();
  private long loadedFrom = Long.MAX_VALUE;
  private long loadedTo = Long.MIN_VALUE;

  private StoryDesk(Stories stories, Duration window) {
    this.stories = stories;
    this.window = window.toMillis();
  }

  /** A desk over the archive's stories: every story's head is loaded to find follow-ups. */
  public static StoryDesk open(Stories stories, Duration window) {
    Objects.requireNonNull(stories, "stories");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
    StoryDesk desk = new StoryDesk(stories, window);
    for (StoryHead h : stories.heads()) {
      desk.addHead(h.id(), h.started().toEpochMilli(), parse(h.keyTerms()));
      if (h.followsStoryId() != null) {
        desk.storyFollows.put(h.id(), h.followsStoryId());
      }
    }
    return desk;
  }

  /**
   * Places the articles in order, as {@link #attach} does one by one, storing their placements
   * in one transaction; returns their story ids in order. For bulk work (a recompute, a
   * benchmark): one commit per article would cost more than everything else the desk does.
   */
  public synchronized long[] attachAll(List<Arrival> batch) {
    return stories.together(() -> {
      long[] ids = new long[batch.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = attach(batch.get(i));
      }
      return ids;
    });
  }

  /** Places the article in a story and stores the placement; returns the story's id. */
  public synchronized long attach(Arrival a) {
    long t = a.at().toEpochMilli();
    ensureLoaded(t);
    Sketch s = keyTerms.sketch(a);
    Long previous = storyOfPage.get(a.pageId());
    if (previous == null) {
      previous = stories.storyOf(a.pageId()).orElse(null);
    }
    forget(a.pageId());
    Map<String, Double> idf = new HashMap<>();
    Map<Long, Double> score = new HashMap<>();
    List<CopiedText> found = new ArrayList<>();
    Map<Long, Double> close = new HashMap<>();
    for (TermIndex.Hit hit : articles.search(strongest(s.terms(), idf), t - window, t + window,
        CANDIDATES)) {
      Sketch c = sketches.get(hit.id());
      Long story = storyOfPage.get(hit.id());
      if (c == null || story == null) {
        continue;
      }
      double sim = Similarity.cosine(s.terms(), c.terms(),
          term -> idf.computeIfAbsent(term, this::idf));
      if (!c.arrival().outletId().equals(a.outletId())) {
        var copy = copies.between(s, c);
        if (copy.isPresent()) {
          found.add(copy.get());
          if (Math.max(copy.get().sourceShare(), copy.get().targetShare()) >= COPY_JOINS) {
            sim = 1.0;
          }
        }
      }
      Long start = storyStart.get(story);
      if (start != null && Math.abs(t - start) <= window) {
        score.merge(story, sim, Math::max);
        if (sim >= JOIN) {
          close.put(hit.id(), sim);
        }
      }
    }
    long chosen = choose(score, previous);
    double similarity = chosen == 0 ? 0 : score.get(chosen);
    Long follows = null;
    double followSim = 0;
    if (chosen == 0 || !storyFollows.containsKey(chosen)) {
      TermIndex.Hit h = followed(s, t, chosen, idf);
      if (h != null) {
        follows = h.id();
        followSim = Similarity.cosine(s.terms(), parse(h.note()),
            term -> idf.computeIfAbsent(term, this::idf));
      }
    }
    String terms = chosen == 0 ? String.join(" ", s.terms().keySet()) : null;
    long story = stories.place(new StoryPlacement(a.pageId(), a.versionId(), chosen, a.title(),
        terms, a.at(), a.firstCaptured(), similarity, follows, followSim, found));
    remember(s, story);
    if (chosen != 0) {
      gather(story, close);
    }
    if (follows != null) {
      storyFollows.putIfAbsent(story, follows);
    }
    if (chosen == 0) {
      addHead(story, t, s.terms());
    } else {
      storyStart.merge(story, t, Math::min);
    }
    evict(t);
    return story;
  }

  /**
   * The terms that say most about the article (weight times rarity), enough to find its
   * neighbours: a query of every term would cost several times more for the same candidates.
   */
  private Map<String, Float> strongest(Map<String, Float> terms, Map<String, Double> idf) {
    if (terms.size() <= QUERY_TERMS) {
      return terms;
    }
    Map<String, Float> out = new HashMap<>();
    terms.entrySet().stream()
        .sorted((x, y) -> Double.compare(
            y.getValue() * idf.computeIfAbsent(y.getKey(), this::idf),
            x.getValue() * idf.computeIfAbsent(x.getKey(), this::idf)))
        .limit(QUERY_TERMS)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /**
   * Brings into the story the articles that are close to the one just placed but sit alone in a
   * story of their own: they arrived before anything like them (the crawl's order is arbitrary),
   * and the story they belong to has only now come together.
   */
  private void gather(long story, Map<Long, Double> close) {
    for (Map.Entry<Long, Double> c : close.entrySet()) {
      Long own = storyOfPage.get(c.getKey());
      if (own != null && own != story && storySize.getOrDefault(own, 0) == 1) {
        stories.move(c.getKey(), story, c.getValue());
        storyOfPage.put(c.getKey(), story);
        storySize.remove(own);
        storySize.merge(story, 1, Integer::sum);
        storyStart.merge(story, sketches.get(c.getKey()).at(), Math::min);
        storyStart.remove(own);
        heads.remove(own);
        if (Long.valueOf(own).equals(storyFollows.get(story))) {
          storyFollows.remove(story);
        }
        storyFollows.replaceAll((k, v) -> v.equals(own) ? story : v);
      }
    }
  }

  private static long choose(Map<Long, Double> score, Long previous) {
    // A page stays where it is while it still belongs there, so stories do not flap.
    if (previous != null && score.getOrDefault(previous, 0.0) >= JOIN) {
      return previous;
    }
    long best = 0;
    double bestScore = JOIN;
    for (Map.Entry<Long, Double> e : score.entrySet()) {
      double v = e.getValue();
      if (v > bestScore || (v == bestScore && best != 0 && e.getKey() < best)
          || (v == bestScore && best == 0)) {
        best = e.getKey();
        bestScore = v;
      }
    }
    return best;
  }

  /**
   * The earlier story the article develops, if one is similar enough (never its own story). Of
   * the stories nearly as similar as the best, the earliest: a development names the event that
   * started it all (the signing), more than the reactions that followed it.
   */
  private TermIndex.Hit followed(Sketch s, long t, long own, Map<String, Double> idf) {
    List<TermIndex.Hit> near = new ArrayList<>();
    List<Double> sims = new ArrayList<>();
    double best = 0;
    for (TermIndex.Hit h : heads.search(s.terms(), Long.MIN_VALUE, t, FOLLOW_CANDIDATES)) {
      if (h.id() == own) {
        continue;
      }
      double sim = Similarity.cosine(s.terms(), parse(h.note()),
          term -> idf.computeIfAbsent(term, this::idf));
      if (sim >= FOLLOW) {
        near.add(h);
        sims.add(sim);
        best = Math.max(best, sim);
      }
    }
    TermIndex.Hit earliest = null;
    for (int i = 0; i < near.size(); i++) {
      TermIndex.Hit h = near.get(i);
      if (sims.get(i) >= NEARLY * best && (earliest == null
          || storyStart.get(h.id()) < storyStart.get(earliest.id()))) {
        earliest = h;
      }
    }
    return earliest;
  }

  private void addHead(long story, long started, Map<String, Float> terms) {
    storyStart.put(story, started);
    heads.put(story, started, terms, String.join(" ", terms.keySet()));
  }

  /** Key terms as stored with a story: entities weigh as entities, words as lead words. */
  private static Map<String, Float> parse(String keyTerms) {
    Map<String, Float> out = new HashMap<>();
    if (keyTerms != null) {
      for (String t : keyTerms.split(" ")) {
        if (!t.isEmpty()) {
          out.put(t, t.startsWith(KeyTerms.ENTITY_PREFIX) ? KeyTerms.ENTITY : KeyTerms.LEAD);
        }
      }
    }
    return out;
  }

  /**
   * A term's rarity in the window (BM25's idf): high for a name few articles carry. The window
   * counts as at least {@value #MIN_WINDOW} articles, so that in a small one (a new archive, one
   * event) the terms every article shares are not taken for common words.
   */
  private double idf(String term) {
    long n = Math.max(MIN_WINDOW, sketches.size());
    int f = df.getOrDefault(term, 0);
    return Math.log(1 + (n - f + 0.5) / (f + 0.5));
  }

  private void count(Sketch s, int delta) {
    for (String t : s.terms().keySet()) {
      df.merge(t, delta, (a, b) -> a + b == 0 ? null : a + b);
    }
  }

  private void remember(Sketch s, long story) {
    Sketch old = sketches.put(s.pageId(), s);
    if (old != null) {
      count(old, -1);
    }
    count(s, 1);
    Long before = storyOfPage.put(s.pageId(), story);
    if (before != null) {
      storySize.merge(before, -1, (a, b) -> a + b == 0 ? null : a + b);
    }
    storySize.merge(story, 1, Integer::sum);
    articles.put(s.pageId(), s.at(), s.terms());
  }

  private void forget(long pageId) {
    Sketch old = sketches.remove(pageId);
    if (old != null) {
      count(old, -1);
      articles.remove(pageId);
    }
    Long before = storyOfPage.remove(pageId);
    if (before != null) {
      storySize.merge(before, -1, (a, b) -> a + b == 0 ? null : a + b);
    }
  }

  /** Loads the placed articles of [t - window, t + window] that are not in memory yet. */
  private void ensureLoaded(long t) {
    long from = t - window;
    long to = t + window;
    if (from >= loadedFrom && to <= loadedTo) {
      return;
    }
    if (to < loadedFrom || from > loadedTo) {
      // Far from what is loaded (a backfill of old articles): start over around t.
      sketches.clear();
      storyOfPage.clear();
      storySize.clear();
      df.clear();
      articles.removeBefore(Long.MAX_VALUE);
      // Loading a window ahead saves a query per article when articles arrive in time order.
      load(from, t + 2 * window);
      loadedFrom = from;
      loadedTo = t + 2 * window;
      return;
    }
    if (from < loadedFrom) {
      load(from, loadedFrom - 1);
      loadedFrom = from;
    }
    if (to > loadedTo) {
      load(loadedTo + 1, t + 2 * window);
      loadedTo = t + 2 * window;
    }
  }

  private void load(long from, long to) {
    for (StoryMember m : stories.members(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to))) {
      if (!sketches.containsKey(m.pageId())) {
        Arrival a = new Arrival(m.pageId(), m.versionId(), m.outletId(), m.url(), m.title(),
            m.paragraphs(), m.published(), m.firstCaptured());
        remember(keyTerms.sketch(a), m.storyId());
      }
    }
  }

  /** Drops articles long behind the newest one, keeping memory flat on a long run. */
  private void evict(long t) {
    if (loadedTo - loadedFrom <= 6 * window) {
      return;
    }
    long keepFrom = Math.min(t, loadedTo - 3 * window) - window;
    articles.removeBefore(keepFrom);
    sketches.values().removeIf(s -> {
      boolean old = s.at() < keepFrom;
      if (old) {
        Long before = storyOfPage.remove(s.pageId());
        if (before != null) {
          storySize.merge(before, -1, (a, b) -> a + b == 0 ? null : a + b);
        }
        count(s, -1);
      }
      return old;
    });
    loadedFrom = keepFrom;
  }

  @Override
  public synchronized void close() {
    articles.close();
    heads.close();
  }
}

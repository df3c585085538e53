package dev.kliping.stories;

import dev.kliping.archive.CopiedText;
import dev.kliping.archive.StoryHead;
import dev.kliping.archive.StoryMember;
import dev.kliping.archive.StoryPlacement;
import dev.kliping.archive.Stories;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;

/**
 * Puts each arriving article in a story, as an editor's desk sorts wire copy: candidates are the
 * articles of the window (a few days either side) that share the most key terms, found in an
 * in-memory term index; the article joins the story of the most similar one when the similarity
 * reaches {@link #JOIN} (or when it shares copied passages with it), else it starts a story,
 * linked as a follow-up to the most similar earlier story when that reaches {@link #FOLLOW}.
 * Copied passages are looked for between the article and each candidate of another outlet.
 * Placements go to the archive at once. Thread-safe (calls are serialised); memory holds only
 * the window's articles and the stories' heads.
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
  private static final int FOLLOW_CANDIDATES = 8;
  /**
   * How far behind the newest article, in windows, the desk keeps articles: one arriving up to
   * half a window late (a page found late by the crawl) still finds its neighbours in memory.
   */
  private static final double KEEP = 1.5;

  private final Stories stories;
  private final long window;
  private final KeyTerms keyTerms = new KeyTerms();
  private final CopyFinder copies = new CopyFinder();
  private final WindowTerms terms = new WindowTerms();
  private final IntToDoubleFunction idf = terms::idf;
  private final TermIndex<Sketch> articles = new TermIndex<>();
  private final TermIndex<Void> heads = new TermIndex<>();
  private final Map<Long, Long> storyOfPage = new HashMap<>();
  private final Map<Long, Long> storyStart = new HashMap<>();
  private final Map<Long, Long> storyFollows = new HashMap<>();
  /** How many articles of the window each story has. */
  private final Map<Long, Integer> storySize = new HashMap<>();
  private long loadedFrom = Long.MAX_VALUE;
  private long loadedTo = Long.MIN_VALUE;
  private long newest = Long.MIN_VALUE;

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
      desk.addHead(h.id(), h.started().toEpochMilli(), desk.terms.vector(parse(h.keyTerms())));
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
    Long previous = storyOfPage.get(a.pageId());
    if (previous == null) {
      previous = stories.storyOf(a.pageId()).orElse(null);
    }
    forget(a.pageId());
    terms.startRound(articles.size());
    Sketch s = Sketch.of(a, keyTerms, terms);
    try {
      long story = place(s, t, previous);
      newest = Math.max(newest, t);
      evict();
      return story;
    } catch (RuntimeException e) {
      if (articles.get(a.pageId()) == null) {
        terms.release(s.terms());
      }
      throw e;
    }
  }

  private long place(Sketch s, long t, Long previous) {
    Arrival a = s.arrival();
    double norm = s.terms().norm(idf);
    int[] strong = strongest(s.terms());
    Map<Long, Double> score = new HashMap<>();
    List<CopiedText> found = new ArrayList<>();
    Map<Long, Double> close = new HashMap<>();
    for (TermIndex.Entry<Sketch> hit : articles.search(s.terms(), strong, idf, t - window,
        t + window, CANDIDATES)) {
      Sketch c = hit.value();
      Long story = storyOfPage.get(hit.id());
      if (story == null) {
        continue;
      }
      double sim = Similarity.cosine(s.terms(), norm, c.terms(), idf);
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
      TermIndex.Entry<Void> h = followed(s, norm, strong, t, chosen);
      if (h != null) {
        follows = h.id();
        followSim = Similarity.cosine(s.terms(), norm, h.terms(), idf);
      }
    }
    String keyTermsOfStory = chosen == 0 ? terms.joined(s.terms()) : null;
    long story = stories.place(new StoryPlacement(a.pageId(), a.versionId(), chosen, a.title(),
        keyTermsOfStory, a.at(), a.firstCaptured(), similarity, follows, followSim, found));
    remember(s, story);
    if (chosen != 0) {
      gather(story, close);
    }
    if (follows != null) {
      storyFollows.putIfAbsent(story, follows);
    }
    if (chosen == 0) {
      addHead(story, t, terms.share(s.terms()));
    } else {
      storyStart.merge(story, t, Math::min);
    }
    return story;
  }

  /**
   * The positions of the terms that say most about the article (weight times rarity), strongest
   * first, enough to find its neighbours: the commonest terms would add many postings for the
   * same candidates.
   */
  private int[] strongest(TermVector v) {
    int n = v.size();
    Integer[] order = new Integer[n];
    double[] strength = new double[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      strength[i] = v.weight(i) * idf.applyAsDouble(v.id(i));
    }
    Arrays.sort(order, (x, y) -> Double.compare(strength[y], strength[x]));
    int[] out = new int[Math.min(n, QUERY_TERMS)];
    for (int i = 0; i < out.length; i++) {
      out[i] = order[i];
    }
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
        storyStart.merge(story, articles.get(c.getKey()).at(), Math::min);
        storyStart.remove(own);
        TermIndex.Entry<Void> head = heads.remove(own);
        if (head != null) {
          terms.release(head.terms());
        }
        if (Long.valueOf(own).equals(storyFollows.get(story))) {
          storyFollows.remove(story);
        }
        storyFollows.remove(own);
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
  private TermIndex.Entry<Void> followed(Sketch s, double norm, int[] strong, long t, long own) {
    List<TermIndex.Entry<Void>> near = new ArrayList<>();
    List<Double> sims = new ArrayList<>();
    double best = 0;
    for (TermIndex.Entry<Void> h : heads.search(s.terms(), strong, idf, Long.MIN_VALUE, t,
        FOLLOW_CANDIDATES)) {
      if (h.id() == own) {
        continue;
      }
      double sim = Similarity.cosine(s.terms(), norm, h.terms(), idf);
      if (sim >= FOLLOW) {
        near.add(h);
        sims.add(sim);
        best = Math.max(best, sim);
      }
    }
    TermIndex.Entry<Void> earliest = null;
    for (int i = 0; i < near.size(); i++) {
      TermIndex.Entry<Void> h = near.get(i);
      if (sims.get(i) >= NEARLY * best && (earliest == null || started(h) < started(earliest))) {
        earliest = h;
      }
    }
    return earliest;
  }

  /** A story's start: its earliest article in the window, else when its head says it began. */
  private long started(TermIndex.Entry<Void> head) {
    return storyStart.getOrDefault(head.id(), head.at());
  }

  private void addHead(long story, long started, TermVector v) {
    storyStart.put(story, started);
    TermIndex.Entry<Void> old = heads.remove(story);
    if (old != null) {
      terms.release(old.terms());
    }
    heads.put(story, started, v, null);
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

  private void remember(Sketch s, long story) {
    forget(s.pageId());
    articles.put(s.pageId(), s.at(), s.terms(), s);
    terms.count(s.terms(), 1);
    storyOfPage.put(s.pageId(), story);
    storySize.merge(story, 1, Integer::sum);
  }

  private void forget(long pageId) {
    TermIndex.Entry<Sketch> old = articles.remove(pageId);
    if (old != null) {
      drop(old);
    }
  }

  /** Lets go of an article taken out of the index: its counts, its terms and its story size. */
  private void drop(TermIndex.Entry<Sketch> e) {
    terms.count(e.terms(), -1);
    terms.release(e.terms());
    Long before = storyOfPage.remove(e.id());
    if (before != null) {
      storySize.merge(before, -1, (x, y) -> x + y == 0 ? null : x + y);
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
      articles.removeIf(e -> true).forEach(this::drop);
      storyOfPage.clear();
      storySize.clear();
      newest = t;
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
      if (articles.get(m.pageId()) == null) {
        Arrival a = new Arrival(m.pageId(), m.versionId(), m.outletId(), m.url(), m.title(),
            m.paragraphs(), m.published(), m.firstCaptured());
        remember(Sketch.of(a, keyTerms, terms), m.storyId());
        storyStart.merge(m.storyId(), a.at().toEpochMilli(), Math::min);
      }
    }
  }

  /**
   * Drops the articles more than {@value #KEEP} windows behind the newest, and what it knows of
   * stories too old for any article after them to join, keeping memory flat on a long run. Done a
   * quarter window at a time, not on every article.
   */
  private void evict() {
    long keepFrom = newest - (long) (KEEP * window);
    if (loadedFrom >= keepFrom - window / 4) {
      return;
    }
    articles.removeIf(e -> e.at() < keepFrom).forEach(this::drop);
    // A story that started before this can only be joined by an article older than keepFrom.
    long joinable = keepFrom - window;
    storyStart.values().removeIf(start -> start < joinable);
    storyFollows.keySet().removeIf(story -> !storyStart.containsKey(story));
    loadedFrom = keepFrom;
  }

  /** What the desk holds in memory: for watching that it stays flat on a long run. */
  public record Holding(int articles, int stories, int terms) {}

  public synchronized Holding holding() {
    return new Holding(articles.size(), heads.size(), terms.size());
  }

  @Override
  public synchronized void close() {
    // Nothing outside the heap: the indexes are plain maps and arrays.
  }
}

package dev.kliping.archive;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The archive's door to stories: the story desk stores its placements here and reloads its
 * window from here; the commands, API and pages read stories and copied texts from here.
 * Thread-safe.
 */
public final class Stories {
  /** SQLSTATEs of a transaction the server aborted for another's sake: serialization, deadlock. */
  private static final java.util.Set<String> TRY_AGAIN = java.util.Set.of("40001", "40P01");
  private static final int ATTEMPTS = 3;

  private final Database db;
  private final Clock clock;
  private final StoryQueries queries;

  Stories(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.queries = new StoryQueries();
  }

  /**
   * Runs work so that the placements and moves it stores are one transaction, committed when it
   * returns: a commit costs far more than a placement's rows, so a bulk of articles (a recompute,
   * a benchmark) is placed a batch at a time. Reads inside see the batch's own rows.
   */
  public <T> T together(java.util.function.Supplier<T> work) {
    return db.together(work);
  }

  /**
   * Stores a placement in one transaction; returns the page's story id. On PostgreSQL with
   * several nodes placing at once, a transaction the server chose to abort (a deadlock, a
   * serialization failure) is run again: the placement's rows are all or nothing.
   */
  public long place(StoryPlacement placement) {
    Instant now = clock.instant();
    return retried(c -> StoryRows.place(c, placement, now));
  }

  /**
   * Moves a placed page to another story (an article arriving later showed they tell one event),
   * keeping its copied texts; the move is added to the page's history.
   */
  public void move(long pageId, long storyId, double similarity) {
    Instant now = clock.instant();
    retried(c -> {
      StoryRows.move(c, pageId, storyId, similarity, now);
      return null;
    });
  }

  private <T> T retried(Database.Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return db.inTransaction(work);
      } catch (ArchiveException e) {
        if (attempt == ATTEMPTS || !(e.getCause() instanceof java.sql.SQLException s)
            || !TRY_AGAIN.contains(s.getSQLState())) {
          throw e;
        }
      }
    }
  }

  /** The pages placed with a time in [from, to], oldest first. */
  public List<StoryMember> members(Instant from, Instant to) {
    return db.read(c -> StoryRows.members(c, from, to));
  }

  /** Every story's head, oldest first. */
  public List<StoryHead> heads() {
    return db.read(StoryRows::heads);
  }

  /** The page's current story, if it has been placed. */
  public Optional<Long> storyOf(long pageId) {
    return db.read(c -> StoryRows.storyOf(c, pageId));
  }

  /** Removes every story, placement and copied text, before they are all recomputed. */
  public void clear() {
    db.inTransaction(c -> {
      StoryRows.clear(c);
      return null;
    });
  }

  /**
   * Every page's versions in the order they were stored, handed over one at a time, read in
   * ranges so that memory stays flat: the input for recomputing the stories.
   */
  public void eachVersion(Consumer<StoredVersion> each) {
    db.read(c -> {
      StoredVersions.each(c, each);
      return null;
    });
  }

  /** Stories with an article in [from, to) (either may be null), of the outlet if given. */
  public List<StorySummary> list(Instant from, Instant to, String outletId) {
    return db.read(c -> queries.list(c, from, to, outletId));
  }

  /** One story with its pages, their versions, its follow-ups and what it follows. */
  public Optional<StoryView> story(long id) {
    return db.read(c -> queries.story(c, id));
  }

  /** The page's story and the texts it copied or that were copied from it. */
  public Optional<ReuseView> reuse(String url) {
    return db.read(c -> queries.reuse(c, url));
  }

  /** Every copied text as a pair of page ids, source first: for measuring against a plan. */
  public List<long[]> copiedPairs() {
    return db.read(c -> {
      List<long[]> out = new java.util.ArrayList<>();
      try (var ps = c.prepareStatement("SELECT source_page_id, target_page_id FROM copied_text");
          var rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new long[] {rs.getLong(1), rs.getLong(2)});
        }
      }
      return out;
    });
  }

  /** The story of each page id given (pages without one are left out), for exports. */
  public java.util.Map<Long, Long> storyIds(java.util.Collection<Long> pageIds) {
    return db.read(c -> queries.storyIds(c, pageIds));
  }
}

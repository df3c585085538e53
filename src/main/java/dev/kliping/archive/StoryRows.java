package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The story tables as the story desk writes and reloads them. */
final class StoryRows {
  /** SQLSTATE for a unique constraint violation, the same in H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  private StoryRows() {}

  /** Stores the placement; returns the page's story id (a new one when it starts a story). */
  static long place(Connection c, StoryPlacement p, Instant now) throws SQLException {
    long story = p.startsStory() ? insertStory(c, p) : p.storyId();
    if (!p.startsStory()) {
      // A story is named after its earliest article, and starts with it. Most articles come
      // later than their story's first: then nothing is written.
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE story SET title = ?, started = ? WHERE id = ? AND started > ?")) {
        ps.setString(1, Sql.clip(p.title(), 2000));
        Sql.setInstant(ps, 2, p.at());
        ps.setLong(3, story);
        Sql.setInstant(ps, 4, p.at());
        ps.executeUpdate();
      }
      if (p.followsStoryId() != null) {
        // A story's first follow-up link stays; a later article may find one it lacked.
        try (PreparedStatement ps = c.prepareStatement("UPDATE story SET follows_story_id = ?,"
            + " follow_similarity = ? WHERE id = ? AND follows_story_id IS NULL")) {
          ps.setLong(1, p.followsStoryId());
          ps.setDouble(2, p.followSimilarity());
          ps.setLong(3, story);
          ps.executeUpdate();
        }
      }
    }
    Optional<Long> before = storyOf(c, p.pageId());
    if (before.isEmpty() && !insertPage(c, story, p)) {
      // Another node placed the page meanwhile (two versions stored at once): ours is newer.
      before = storyOf(c, p.pageId());
    }
    if (before.isPresent()) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE story_page SET story_id = ?,"
          + " version_id = ?, at = ?, first_captured = ?, similarity = ? WHERE page_id = ?")) {
        setPage(ps, story, p);
        ps.executeUpdate();
      }
    }
    if (before.isEmpty() || before.get() != story) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_assignment (page_id,"
          + " story_id, version_id, assigned_at, similarity) VALUES (?, ?, ?, ?, ?)")) {
        ps.setLong(1, p.pageId());
        ps.setLong(2, story);
        Sql.setLong(ps, 3, p.versionId());
        Sql.setInstant(ps, 4, now);
        ps.setDouble(5, p.similarity());
        ps.executeUpdate();
      }
    }
    if (before.isPresent()) {
      removeCopies(c, p.pageId());
    }
    // A page placed for the first time has no copied texts yet: only its own placement or a
    // later page's finds them, so there is nothing of it to remove.
    // In one order on every node, so two placements storing the same pairs wait for each other
    // instead of deadlocking.
    List<CopiedText> copies = new ArrayList<>(p.copies());
    copies.sort(Comparator.comparingLong(CopiedText::sourcePageId)
        .thenComparingLong(CopiedText::targetPageId));
    for (CopiedText t : copies) {
      insertCopy(c, t);
    }
    return story;
  }

  /** Moves a placed page to another story, keeping its copies; the move goes in the history. */
  static void move(Connection c, long pageId, long storyId, double similarity, Instant now)
      throws SQLException {
    Instant at;
    Long version;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT at, version_id FROM story_page WHERE page_id = ?")) {
      ps.setLong(1, pageId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("page " + pageId + " has no story to move from");
        }
        at = Sql.instant(rs, "at");
        version = Sql.nullableLong(rs, "version_id");
      }
    }
    Long from = storyOf(c, pageId).orElse(null);
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE story_page SET story_id = ?, similarity = ? WHERE page_id = ?")) {
      ps.setLong(1, storyId);
      ps.setDouble(2, similarity);
      ps.setLong(3, pageId);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE story SET started = LEAST(started, ?) WHERE id = ?")) {
      Sql.setInstant(ps, 1, at);
      ps.setLong(2, storyId);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_assignment (page_id,"
        + " story_id, version_id, assigned_at, similarity) VALUES (?, ?, ?, ?, ?)")) {
      ps.setLong(1, pageId);
      ps.setLong(2, storyId);
      Sql.setLong(ps, 3, version);
      Sql.setInstant(ps, 4, now);
      ps.setDouble(5, similarity);
      ps.executeUpdate();
    }
    if (from != null && from != storyId && !hasPages(c, from)) {
      // The emptied story lives on in the one it joined: follow-up links go there instead.
      try (PreparedStatement ps = c.prepareStatement("UPDATE story SET follows_story_id = NULL,"
          + " follow_similarity = NULL WHERE id = ? AND follows_story_id = ?")) {
        ps.setLong(1, storyId);
        ps.setLong(2, from);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE story SET follows_story_id = ? WHERE follows_story_id = ?")) {
        ps.setLong(1, storyId);
        ps.setLong(2, from);
        ps.executeUpdate();
      }
    }
  }

  private static boolean hasPages(Connection c, long story) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT 1 FROM story_page WHERE story_id = ? FETCH FIRST 1 ROWS ONLY")) {
      ps.setLong(1, story);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static long insertStory(Connection c, StoryPlacement p) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO story (started, title, key_terms,"
        + " follows_story_id, follow_similarity) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
      Sql.setInstant(ps, 1, p.at());
      ps.setString(2, Sql.clip(p.title(), 2000));
      ps.setString(3, p.keyTerms() == null ? "" : p.keyTerms());
      Sql.setLong(ps, 4, p.followsStoryId());
      if (p.followsStoryId() == null) {
        ps.setNull(5, java.sql.Types.DOUBLE);
      } else {
        ps.setDouble(5, p.followSimilarity());
      }
      ps.executeUpdate();
      return Sql.generatedId(ps);
    }
  }

  private static void setPage(PreparedStatement ps, long story, StoryPlacement p)
      throws SQLException {
    ps.setLong(1, story);
    Sql.setLong(ps, 2, p.versionId());
    Sql.setInstant(ps, 3, p.at());
    Sql.setInstant(ps, 4, p.firstCaptured());
    ps.setDouble(5, p.similarity());
    ps.setLong(6, p.pageId());
  }

  /**
   * Removes the page's copied texts, as source or target (their passages go with them), one
   * indexed column at a time: an OR of the two columns is a scan of the whole table in H2.
   */
  private static void removeCopies(Connection c, long pageId) throws SQLException {
    for (String column : new String[] {"source_page_id", "target_page_id"}) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM copied_passage WHERE"
          + " copied_text_id IN (SELECT id FROM copied_text WHERE " + column + " = ?)")) {
        ps.setLong(1, pageId);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM copied_text WHERE " + column + " = ?")) {
        ps.setLong(1, pageId);
        ps.executeUpdate();
      }
    }
  }

  /**
   * Inserts the page's row unless another transaction has (a unique violation, undone to a
   * savepoint: PostgreSQL refuses further statements in a transaction after an error); returns
   * whether it inserted.
   */
  private static boolean insertPage(Connection c, long story, StoryPlacement p)
      throws SQLException {
    Savepoint before = c.setSavepoint();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_page (story_id,"
        + " version_id, at, first_captured, similarity, page_id) VALUES (?, ?, ?, ?, ?, ?)")) {
      setPage(ps, story, p);
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      c.rollback(before);
      return false;
    }
  }

  /**
   * Stores a copied text with its passages. When the pair is there already, it was found by
   * another node placing the other page at the same moment (each desk sees the other's page in
   * its window): this placement's finding, from the versions just placed, replaces it.
   */
  private static void insertCopy(Connection c, CopiedText t) throws SQLException {
    long id = -1;
    for (int attempt = 0; id < 0; attempt++) {
      Savepoint before = c.setSavepoint();
      try {
        id = insertCopyRow(c, t);
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || attempt == 2) {
          throw e;
        }
        c.rollback(before);
        id = replaceCopyRow(c, t);
      }
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO copied_passage (copied_text_id,"
        + " number, source_start, source_end, target_start, target_end, words, text)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 1;
      for (CopiedPassage cp : t.passages()) {
        ps.setLong(1, id);
        ps.setInt(2, n++);
        ps.setInt(3, cp.sourceStart());
        ps.setInt(4, cp.sourceEnd());
        ps.setInt(5, cp.targetStart());
        ps.setInt(6, cp.targetEnd());
        ps.setInt(7, cp.words());
        ps.setString(8, cp.text());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static long insertCopyRow(Connection c, CopiedText t) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO copied_text (source_page_id,"
        + " target_page_id, source_version_id, target_version_id, source_share, target_share,"
        + " republication, direction_by, credits) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        new String[] {"id"})) {
      ps.setLong(1, t.sourcePageId());
      ps.setLong(2, t.targetPageId());
      setCopy(ps, t, 3);
      ps.executeUpdate();
      return Sql.generatedId(ps);
    }
  }

  /** Overwrites the pair's row and drops its passages; -1 when the row has gone meanwhile. */
  private static long replaceCopyRow(Connection c, CopiedText t) throws SQLException {
    long id;
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM copied_text"
        + " WHERE source_page_id = ? AND target_page_id = ? FOR UPDATE")) {
      ps.setLong(1, t.sourcePageId());
      ps.setLong(2, t.targetPageId());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return -1;
        }
        id = rs.getLong(1);
      }
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE copied_text SET source_version_id"
        + " = ?, target_version_id = ?, source_share = ?, target_share = ?, republication = ?,"
        + " direction_by = ?, credits = ? WHERE id = ?")) {
      setCopy(ps, t, 1);
      ps.setLong(8, id);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "DELETE FROM copied_passage WHERE copied_text_id = ?")) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
    return id;
  }

  /** Sets the copied text's versions, shares, republication, direction and credits. */
  private static void setCopy(PreparedStatement ps, CopiedText t, int from) throws SQLException {
    Sql.setLong(ps, from, t.sourceVersionId());
    Sql.setLong(ps, from + 1, t.targetVersionId());
    ps.setDouble(from + 2, t.sourceShare());
    ps.setDouble(from + 3, t.targetShare());
    ps.setBoolean(from + 4, t.republication());
    ps.setString(from + 5, t.directionBy());
    ps.setString(from + 6, Json.write(t.credits()));
  }

  static Optional<Long> storyOf(Connection c, long pageId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT story_id FROM story_page WHERE page_id = ?")) {
      ps.setLong(1, pageId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  /** The pages placed with a time in [from, to], with their placed version's text. */
  static List<StoryMember> members(Connection c, Instant from, Instant to) throws SQLException {
    String sql = "SELECT sp.page_id, sp.story_id, sp.version_id, p.outlet_id, p.url, v.title,"
        + " v.body, COALESCE(v.published, sp.at) AS published, sp.first_captured FROM story_page sp"
        + " JOIN page p ON p.id = sp.page_id LEFT JOIN version v ON v.id = sp.version_id"
        + " WHERE sp.at >= ? AND sp.at <= ? ORDER BY sp.at, sp.page_id";
    List<StoryMember> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Sql.setInstant(ps, 1, from);
      Sql.setInstant(ps, 2, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String body = rs.getString("body");
          out.add(new StoryMember(rs.getLong("page_id"), rs.getLong("story_id"),
              Sql.nullableLong(rs, "version_id"), rs.getString("outlet_id"), rs.getString("url"),
              rs.getString("title"), body == null || body.isEmpty() ? List.of()
                  : List.of(body.split("\n\n")), Sql.instant(rs, "published"),
              Sql.instant(rs, "first_captured")));
        }
      }
    }
    return out;
  }

  /** Every story's head, oldest first. */
  static List<StoryHead> heads(Connection c) throws SQLException {
    List<StoryHead> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, started, key_terms, follows_story_id FROM story ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new StoryHead(rs.getLong(1), Sql.instant(rs, "started"), rs.getString(3),
            Sql.nullableLong(rs, "follows_story_id")));
      }
    }
    return out;
  }

  /** Empties the story tables, for recomputing every story from the versions. */
  static void clear(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM copied_passage");
      s.executeUpdate("DELETE FROM copied_text");
      s.executeUpdate("DELETE FROM story_assignment");
      s.executeUpdate("DELETE FROM story_page");
      s.executeUpdate("UPDATE story SET follows_story_id = NULL");
      s.executeUpdate("DELETE FROM story");
    }
  }
}

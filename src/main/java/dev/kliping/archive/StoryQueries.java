package dev.kliping.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read side of stories: lists, one story's timeline, a page's copies. */
final class StoryQueries {
  private static final String SUMMARY = "SELECT s.id, s.started, s.title, s.follows_story_id,"
      + " p.outlet_id FROM story s JOIN story_page sp ON sp.story_id = s.id"
      + " JOIN page p ON p.id = sp.page_id";
  private static final String PAGES = "SELECT sp.page_id, p.url, p.outlet_id, v.title, sp.at,"
      + " v.published, sp.first_captured, sp.similarity FROM story_page sp"
      + " JOIN page p ON p.id = sp.page_id LEFT JOIN version v ON v.id = sp.version_id";
  private static final String COPIES = "SELECT ct.id, ct.source_share, ct.target_share,"
      + " ct.republication, ct.direction_by, ct.credits,"
      + " sp.url AS s_url, sp.outlet_id AS s_outlet, sv.title AS s_title, sv.number AS s_number,"
      + " tp.url AS t_url, tp.outlet_id AS t_outlet, tv.title AS t_title, tv.number AS t_number"
      + " FROM copied_text ct JOIN page sp ON sp.id = ct.source_page_id"
      + " JOIN page tp ON tp.id = ct.target_page_id"
      + " LEFT JOIN version sv ON sv.id = ct.source_version_id"
      + " LEFT JOIN version tv ON tv.id = ct.target_version_id";
  StoryQueries() {}

  List<StorySummary> list(Connection c, Instant from, Instant to, String outletId)
      throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE s.id IN (SELECT f.story_id FROM story_page f"
        + " JOIN page fp ON fp.id = f.page_id WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (from != null) {
      where.append(" AND f.at >= ?");
      args.add(from);
    }
    if (to != null) {
      where.append(" AND f.at < ?");
      args.add(to);
    }
    if (outletId != null) {
      where.append(" AND fp.outlet_id = ?");
      args.add(outletId);
    }
    where.append(")");
    return summaries(c, SUMMARY + where + " ORDER BY s.started, s.id, sp.at, sp.page_id", args);
  }

  private static List<StorySummary> summaries(Connection c, String sql, List<Object> args)
      throws SQLException {
    Map<Long, Object[]> heads = new LinkedHashMap<>();
    Map<Long, List<String>> outlets = new HashMap<>();
    Map<Long, Integer> counts = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        if (args.get(i) instanceof Instant t) {
          Sql.setInstant(ps, i + 1, t);
        } else if (args.get(i) instanceof Long l) {
          ps.setLong(i + 1, l);
        } else {
          ps.setString(i + 1, (String) args.get(i));
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("id");
          heads.computeIfAbsent(id, k -> new Object[3]);
          Object[] h = heads.get(id);
          h[0] = Sql.instant(rs, "started");
          h[1] = rs.getString("title");
          h[2] = Sql.nullableLong(rs, "follows_story_id");
          counts.merge(id, 1, Integer::sum);
          List<String> o = outlets.computeIfAbsent(id, k -> new ArrayList<>());
          String outlet = rs.getString("outlet_id");
          if (!o.contains(outlet)) {
            o.add(outlet);
          }
        }
      }
    }
    List<StorySummary> out = new ArrayList<>();
    heads.forEach((id, h) -> out.add(new StorySummary(id, (Instant) h[0], (String) h[1],
        (Long) h[2], counts.get(id), outlets.get(id))));
    return out;
  }

  private static Optional<StorySummary> summary(Connection c, long id) throws SQLException {
    List<StorySummary> one = summaries(c, SUMMARY + " WHERE s.id = ? ORDER BY sp.at, sp.page_id",
        List.of(id));
    return one.stream().findFirst();
  }

  Optional<StoryView> story(Connection c, long id) throws SQLException {
    Optional<StorySummary> head = summary(c, id);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    List<StoryPageView> pages = pages(c, " WHERE sp.story_id = ?", id);
    StorySummary follows = head.get().followsStoryId() == null ? null
        : summary(c, head.get().followsStoryId()).orElse(null);
    List<StorySummary> followUps = summaries(c, SUMMARY + " WHERE s.follows_story_id = ?"
        + " ORDER BY s.started, s.id, sp.at, sp.page_id", List.of(id));
    List<CopyView> copies = copies(c, " WHERE ct.target_page_id IN (SELECT page_id FROM"
        + " story_page WHERE story_id = ?) ORDER BY ct.id", id);
    return Optional.of(new StoryView(head.get(), pages, follows, followUps, copies));
  }

  private static List<StoryPageView> pages(Connection c, String where, long arg)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(PAGES + where + " ORDER BY sp.at, sp.page_id")) {
      ps.setLong(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Object[] {rs.getLong("page_id"), rs.getString("url"),
              rs.getString("outlet_id"), rs.getString("title"), Sql.instant(rs, "at"),
              Sql.instant(rs, "published"), Sql.instant(rs, "first_captured"),
              rs.getDouble("similarity")});
        }
      }
    }
    List<StoryPageView> out = new ArrayList<>();
    for (Object[] r : rows) {
      long page = (Long) r[0];
      out.add(new StoryPageView(page, (String) r[1], (String) r[2], (String) r[3],
          (Instant) r[4], (Instant) r[5], (Instant) r[6], (Double) r[7], stamps(c, page),
          assignments(c, page)));
    }
    return out;
  }

  private static List<StoryPageView.Stamp> stamps(Connection c, long page) throws SQLException {
    List<StoryPageView.Stamp> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT number, captured_at FROM version WHERE page_id = ? ORDER BY number")) {
      ps.setLong(1, page);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StoryPageView.Stamp(rs.getInt(1), Sql.instant(rs, "captured_at")));
        }
      }
    }
    return out;
  }

  private static List<StoryPageView.Assignment> assignments(Connection c, long page)
      throws SQLException {
    List<StoryPageView.Assignment> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT story_id, assigned_at, similarity"
        + " FROM story_assignment WHERE page_id = ? ORDER BY id")) {
      ps.setLong(1, page);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StoryPageView.Assignment(rs.getLong(1), Sql.instant(rs, "assigned_at"),
              rs.getDouble(3)));
        }
      }
    }
    return out;
  }

  private static List<CopyView> copies(Connection c, String where, long arg)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(COPIES + where)) {
      ps.setLong(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Object[] {rs.getLong("id"),
              new CopyView.Side(rs.getString("s_url"), rs.getString("s_outlet"),
                  rs.getString("s_title"), Sql.nullableInt(rs, "s_number")),
              new CopyView.Side(rs.getString("t_url"), rs.getString("t_outlet"),
                  rs.getString("t_title"), Sql.nullableInt(rs, "t_number")),
              rs.getDouble("source_share"), rs.getDouble("target_share"),
              rs.getBoolean("republication"), rs.getString("direction_by"),
              Json.strings(rs.getString("credits"))});
        }
      }
    }
    List<CopyView> out = new ArrayList<>();
    for (Object[] r : rows) {
      @SuppressWarnings("unchecked")
      List<String> credits = (List<String>) r[7];
      out.add(new CopyView((CopyView.Side) r[1], (CopyView.Side) r[2], (Double) r[3],
          (Double) r[4], (Boolean) r[5], (String) r[6], credits, passages(c, (Long) r[0])));
    }
    return out;
  }

  private static List<CopiedPassage> passages(Connection c, long copy) throws SQLException {
    List<CopiedPassage> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT source_start, source_end,"
        + " target_start, target_end, words, text FROM copied_passage WHERE copied_text_id = ?"
        + " ORDER BY number")) {
      ps.setLong(1, copy);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new CopiedPassage(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
              rs.getInt(5), rs.getString(6)));
        }
      }
    }
    return out;
  }

  Optional<ReuseView> reuse(Connection c, String url) throws SQLException {
    Optional<Page> page = Pages.find(c, url);
    if (page.isEmpty()) {
      return Optional.empty();
    }
    long id = page.get().id();
    Long story = StoryRows.storyOf(c, id).orElse(null);
    List<StoryPageView> others = story == null ? List.of()
        : pages(c, " WHERE sp.story_id = ?", story).stream()
            .filter(p -> p.pageId() != id).toList();
    return Optional.of(new ReuseView(url, page.get().outletId(), story, others,
        copies(c, " WHERE ct.target_page_id = ? ORDER BY ct.id", id),
        copies(c, " WHERE ct.source_page_id = ? ORDER BY ct.id", id)));
  }

  Map<Long, Long> storyIds(Connection c, Collection<Long> pageIds) throws SQLException {
    Map<Long, Long> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT page_id, story_id FROM story_page WHERE page_id = ?")) {
      for (long id : pageIds) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            out.put(rs.getLong(1), rs.getLong(2));
          }
        }
      }
    }
    return out;
  }
}

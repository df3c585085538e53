package dev.kliping.archive;

import dev.kliping.version.Cause;
import dev.kliping.version.ChangeKind;
import dev.kliping.version.Changes;
import dev.kliping.version.NormalizedArticle;
import dev.kliping.version.Provenance;
import dev.kliping.version.Significance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The version and diff tables: each distinct article of a page, and what changed between them. */
final class Versions {
  private static final String COLUMNS = "id, page_id, number, capture_id, captured_at, title,"
      + " authors, editors, published, modified, section, source_credit, language,"
      + " canonical_url, body, words, content_hash, extractor, kliping_version, rules_hash,"
      + " cause";

  private Versions() {}

  /** The page's highest-numbered version, if it has one. */
  static Optional<Version> latest(Connection c, long pageId) throws SQLException {
    return one(c, "SELECT " + COLUMNS + " FROM version WHERE page_id = ?"
        + " ORDER BY number DESC FETCH FIRST 1 ROWS ONLY", pageId, null);
  }

  /** The page's highest version number, 0 when it has none: an index lookup, no row read. */
  static int latestNumber(Connection c, long pageId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT MAX(number) FROM version WHERE page_id = ?")) {
      ps.setLong(1, pageId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  /** The outlet's pages that have a version, in id order. */
  static List<Long> pagesOf(Connection c, String outletId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT v.page_id FROM version v"
        + " JOIN page p ON p.id = v.page_id WHERE p.outlet_id = ? ORDER BY v.page_id")) {
      ps.setString(1, outletId);
      List<Long> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    }
  }

  static Optional<Version> byNumber(Connection c, long pageId, int number) throws SQLException {
    return one(c, "SELECT " + COLUMNS + " FROM version WHERE page_id = ? AND number = ?",
        pageId, number);
  }

  /** How a new version came to be, and for an edit how much it matters: its stored labels. */
  record Made(Provenance provenance, Cause cause, Significance significance,
      List<ChangeKind> kinds, boolean correction) {}

  /**
   * Inserts version {@code number} of the page from the capture, returning its id. The caller
   * has worked out the article's content hash already (to compare it with the latest version's).
   */
  static long insert(Connection c, long pageId, int number, Capture capture,
      NormalizedArticle a, String contentHash, Made made) throws SQLException {
    String sql = "INSERT INTO version (page_id, number, capture_id, captured_at, title, authors,"
        + " editors, published, modified, section, source_credit, language, canonical_url, body,"
        + " words, content_hash, extractor, kliping_version, rules_hash, cause, significance,"
        + " kinds, correction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      ps.setLong(1, pageId);
      ps.setInt(2, number);
      ps.setLong(3, capture.id());
      Sql.setInstant(ps, 4, capture.fetchedAt());
      ps.setString(5, a.title());
      ps.setString(6, Json.write(a.authors()));
      ps.setString(7, Json.write(a.editors()));
      Sql.setTime(ps, 8, a.published());
      Sql.setTime(ps, 9, a.modified());
      ps.setString(10, a.section());
      ps.setString(11, a.sourceCredit());
      ps.setString(12, Sql.clip(a.language(), 35));
      ps.setString(13, Sql.clip(a.canonicalUrl(), 8192));
      ps.setString(14, a.body());
      ps.setInt(15, a.words());
      ps.setString(16, contentHash);
      ps.setString(17, Sql.clip(a.extractor(), 40));
      ps.setString(18, Sql.clip(made.provenance().klipingVersion(), 40));
      ps.setString(19, made.provenance().rulesHash());
      ps.setString(20, made.cause().label());
      ps.setString(21, made.significance() == null ? null : made.significance().label());
      ps.setString(22, made.kinds().isEmpty() ? null : Sql.clip(kindsText(made.kinds()), 200));
      ps.setBoolean(23, made.correction());
      ps.executeUpdate();
      return Sql.generatedId(ps);
    }
  }

  static void insertDiff(Connection c, long versionId, long previousId, Changes changes)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO diff (version_id,"
        + " previous_version_id, summary, changes) VALUES (?, ?, ?, ?)")) {
      ps.setLong(1, versionId);
      ps.setLong(2, previousId);
      ps.setString(3, Sql.clip(changes.summary(), 2000));
      ps.setString(4, Json.write(changes));
      ps.executeUpdate();
    }
  }

  /** The page's versions, oldest first, each with the summary of its change. */
  static List<VersionInfo> history(Connection c, long pageId) throws SQLException {
    String sql = "SELECT v.number, v.captured_at, v.capture_id, v.title, v.words,"
        + " v.content_hash, v.cause, v.significance, v.kinds, v.correction, v.extractor,"
        + " v.kliping_version, v.rules_hash, d.summary"
        + " FROM version v LEFT JOIN diff d ON d.version_id = v.id"
        + " WHERE v.page_id = ? ORDER BY v.number";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, pageId);
      List<VersionInfo> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String summary = rs.getString("summary");
          out.add(new VersionInfo(rs.getInt("number"), Sql.instant(rs, "captured_at"),
              rs.getLong("capture_id"), rs.getString("title"), rs.getInt("words"),
              rs.getString("content_hash"), summary == null ? "first version" : summary,
              Cause.of(rs.getString("cause")), significance(rs.getString("significance")),
              kinds(rs.getString("kinds")), rs.getBoolean("correction"),
              new Provenance(rs.getString("extractor"), rs.getString("kliping_version"),
                  rs.getString("rules_hash"))));
        }
      }
      return out;
    }
  }

  private static Optional<Version> one(Connection c, String sql, long pageId, Integer number)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, pageId);
      if (number != null) {
        ps.setInt(2, number);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    }
  }

  private static Version row(ResultSet rs) throws SQLException {
    String body = rs.getString("body");
    NormalizedArticle a = new NormalizedArticle(rs.getString("title"),
        Json.strings(rs.getString("authors")), Json.strings(rs.getString("editors")),
        Sql.time(rs, "published"), Sql.time(rs, "modified"), rs.getString("section"),
        rs.getString("source_credit"), rs.getString("language"), rs.getString("canonical_url"),
        body.isEmpty() ? List.of() : List.of(body.split("\n\n")), rs.getString("extractor"));
    return new Version(rs.getLong("id"), rs.getLong("page_id"), rs.getInt("number"),
        rs.getLong("capture_id"), Sql.instant(rs, "captured_at"), a, rs.getInt("words"),
        rs.getString("content_hash"), new Provenance(rs.getString("extractor"),
            rs.getString("kliping_version"), rs.getString("rules_hash")),
        Cause.of(rs.getString("cause")));
  }

  /** Kinds as the kinds column holds them: labels separated by single spaces. */
  static String kindsText(List<ChangeKind> kinds) {
    StringBuilder b = new StringBuilder();
    for (ChangeKind k : kinds) {
      b.append(b.length() == 0 ? "" : " ").append(k.label());
    }
    return b.toString();
  }

  private static List<ChangeKind> kinds(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<ChangeKind> out = new ArrayList<>();
    for (String label : text.trim().split(" ")) {
      out.add(ChangeKind.of(label));
    }
    return out;
  }

  private static Significance significance(String label) {
    return label == null ? null : Significance.of(label);
  }
}

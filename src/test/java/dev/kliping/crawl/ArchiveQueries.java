package dev.kliping.crawl;

import dev.kliping.archive.Archive;
import dev.kliping.archive.PageHistory;
import dev.kliping.archive.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Read-only questions tests ask of an archive, in plain SQL as a researcher would. */
final class ArchiveQueries {
  private ArchiveQueries() {}

  static List<String> strings(Archive archive, String sql, Object... args) {
    try (Connection c = archive.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          values.add(r.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long count(Archive archive, String table) {
    return Long.parseLong(strings(archive, "SELECT COUNT(*) FROM " + table).get(0));
  }

  /** The latest version of every page of the outlet that has one. */
  static List<Version> latestVersions(Archive archive, String outletId) {
    List<Version> versions = new ArrayList<>();
    for (String url : strings(archive, "SELECT url FROM page WHERE outlet_id = ? ORDER BY id",
        outletId)) {
      PageHistory history = archive.history(url).orElseThrow();
      if (!history.versions().isEmpty()) {
        int latest = history.versions().get(history.versions().size() - 1).number();
        archive.version(url, latest).ifPresent(versions::add);
      }
    }
    return versions;
  }

  /** The URL of the outlet's page whose latest body starts with this paragraph. */
  static Optional<String> pageStartingWith(Archive archive, String outletId, String paragraph) {
    for (String url : strings(archive, "SELECT url FROM page WHERE outlet_id = ?", outletId)) {
      PageHistory history = archive.history(url).orElseThrow();
      if (history.versions().isEmpty()) {
        continue;
      }
      Version v = archive.version(url, history.versions().size()).orElseThrow();
      if (!v.article().paragraphs().isEmpty()
          && Golden.normalize(v.article().paragraphs().get(0)).equals(Golden.normalize(paragraph))) {
        return Optional.of(url);
      }
    }
    return Optional.empty();
  }
}

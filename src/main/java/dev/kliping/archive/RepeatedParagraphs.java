package dev.kliping.archive;

import dev.kliping.extract.LearnedBoilerplate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds an outlet's learned boilerplate in its stored bodies: paragraphs that appear, identical
 * after {@link LearnedBoilerplate#key normalisation}, in the bodies of at least {@code minPages}
 * different pages captured within one {@code window} of each other. Every stored version counts,
 * however old: a line once learned stays learned, so bodies do not flip back and forth as the
 * extractor starts dropping it and new sightings stop.
 */
final class RepeatedParagraphs {

  /* Boilerplate is a line or two; a longer paragraph repeated is a syndicated story's text. */
  static final int MAX_CHARS = 500;

  private RepeatedParagraphs() {}

  /* Where one normalised paragraph was seen: its first text, and (page, time) per sighting. */
  private static final class Sightings {
    final String text;
    final List<Long> pages = new ArrayList<>();
    final List<Instant> times = new ArrayList<>();

    Sightings(String text) {
      this.text = text;
    }

    void add(long page, Instant at) {
      pages.add(page);
      times.add(at);
    }

    /* True when some window-long span of time holds sightings on minPages different pages. */
    boolean recurs(Duration window, int minPages) {
      if (pages.stream().distinct().count() < minPages) {
        return false;
      }
      for (int i = 0; i < times.size(); i++) {
        Instant end = times.get(i).plus(window);
        java.util.Set<Long> within = new java.util.HashSet<>();
        for (int j = i; j < times.size() && !times.get(j).isAfter(end); j++) {
          within.add(pages.get(j));
        }
        if (within.size() >= minPages) {
          return true;
        }
      }
      return false;
    }
  }

  static List<RepeatedParagraph> find(Connection c, String outletId, Duration window,
      int minPages) throws SQLException {
    Map<String, Sightings> seen = new HashMap<>();
    String sql = "SELECT v.page_id, v.captured_at, v.body FROM version v"
        + " JOIN page p ON p.id = v.page_id WHERE p.outlet_id = ?"
        + " ORDER BY v.captured_at, v.id";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, outletId);
      ps.setFetchSize(200);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long page = rs.getLong("page_id");
          Instant at = Sql.instant(rs, "captured_at");
          for (String paragraph : rs.getString("body").split("\n\n")) {
            if (paragraph.isBlank() || paragraph.length() > MAX_CHARS) {
              continue;
            }
            String key = LearnedBoilerplate.key(paragraph);
            seen.computeIfAbsent(key, k -> new Sightings(paragraph.strip())).add(page, at);
          }
        }
      }
    }
    List<RepeatedParagraph> out = new ArrayList<>();
    for (Sightings s : seen.values()) {
      if (s.recurs(window, minPages)) {
        out.add(new RepeatedParagraph(s.text, (int) s.pages.stream().distinct().count(),
            s.times.get(0), s.times.get(s.times.size() - 1)));
      }
    }
    out.sort(Comparator.comparingInt(RepeatedParagraph::pages).reversed()
        .thenComparing(RepeatedParagraph::text));
    return out;
  }
}

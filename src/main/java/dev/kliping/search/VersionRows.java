package dev.kliping.search;

import dev.kliping.archive.IndexRow;
import dev.kliping.archive.IndexRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The archive's versions as the index holds them: read a page at a time from {@link IndexRows},
 * with the flags only the whole page can tell (latest, changed, valid until).
 */
final class VersionRows {
  private VersionRows() {}

  /** The page's versions, oldest first; empty for an unknown page. */
  static List<IndexedVersion> page(Connection c, String url) throws SQLException {
    List<IndexRow> rows = IndexRows.page(c, url);
    return rows.isEmpty() ? List.of() : flagged(rows);
  }

  /** Every page's versions in page order, handed over one page at a time. */
  static void all(Connection c, Consumer<List<IndexedVersion>> perPage) throws SQLException {
    IndexRows.all(c, rows -> perPage.accept(flagged(rows)));
  }

  /** The page's rows with the flags only the whole page can tell. */
  private static List<IndexedVersion> flagged(List<IndexRow> rows) {
    // Our own re-extractions are no edit; an edit from before changes were classified (no
    // significance) may be substantive, so it counts.
    boolean changed = rows.stream().anyMatch(r -> "edit".equals(r.cause()));
    boolean substantive = rows.stream().anyMatch(r -> "edit".equals(r.cause())
        && (r.significance() == null || "substantive".equals(r.significance())));
    boolean correction = rows.stream().anyMatch(IndexRow::correction);
    List<IndexedVersion> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      IndexRow r = rows.get(i);
      boolean latest = i == rows.size() - 1;
      Instant validTo = latest ? null : rows.get(i + 1).captured();
      out.add(new IndexedVersion(r.id(), r.url(), r.outlet(), r.number(), r.captured(),
          r.title(), r.authors(), r.published(), r.body(), latest, changed, validTo, substantive,
          correction));
    }
    return out;
  }
}

package dev.kliping.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Fills an empty archive database with synthetic versions for the search benchmark: pages of
 * five outlets over a year, each with one to four versions, their text recombined from the
 * fixtures' real Indonesian paragraphs with words swapped, so every version differs. Rows go in
 * by plain batched SQL; there are no WARC records behind them.
 */
public final class SyntheticArchive {
  private static final String[] OUTLETS = {"rmol", "medcom", "epochtimes", "kompastv", "paltv"};
  private static final int BATCH = 1000;
  /** Versions per transaction: few commits, since each one makes H2 write a new chunk. */
  private static final int COMMIT = 20_000;

  private final List<String> paragraphs = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();
  private final List<String> authors = new ArrayList<>();
  private final List<String> vocabulary = new ArrayList<>();
  private final Random random = new Random(20240620);

  /** Reads the fixtures' golden articles (every *.json but *.fixture.json) in dir. */
  public SyntheticArchive(Path goldenDir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(goldenDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")
          && !p.toString().endsWith(".fixture.json")).sorted().toList()) {
        JsonNode a = json.readTree(f.toFile());
        a.path("body").forEach(p -> paragraphs.add(p.asText()));
        a.path("authors").forEach(p -> authors.add(p.asText()));
        if (a.hasNonNull("title")) {
          titles.add(a.get("title").asText());
        }
      }
    }
    if (paragraphs.isEmpty() || titles.isEmpty()) {
      throw new IOException("no golden articles in " + goldenDir);
    }
    authors.addAll(List.of("Ani Wijaya", "Budi Santoso", "Citra Lestari", "Dewi Anggraini"));
    for (String p : paragraphs) {
      vocabulary.addAll(List.of(p.split(" ")));
    }
  }

  /** How many versions the archive database holds, so a kept benchmark archive is reused. */
  public static long versions(DataSource db) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM version"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Inserts pages and versions until there are n versions; returns the number of pages. */
  public int fill(DataSource db, int n) throws SQLException {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (Rows rows = new Rows(c)) {
        int versions = 0;
        int page = 0;
        OffsetDateTime start = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7));
        while (versions < n) {
          page++;
          int count = Math.min(n - versions, 1 + random.nextInt(4));
          OffsetDateTime published = start.plusMinutes(random.nextInt(365 * 24 * 60));
          String outlet = OUTLETS[page % OUTLETS.length];
          rows.page(page, outlet, "https://" + outlet + ".example/berita/" + page, published);
          String title = vary(titles.get(random.nextInt(titles.size())), 3) + " (" + page + ")";
          String author = authors.get(random.nextInt(authors.size()));
          List<String> body = body();
          for (int v = 1; v <= count; v++) {
            long id = ++versions;
            rows.version(id, page, v, published.plusHours(v * 3L), title, author, published,
                String.join("\n\n", body));
            body = edit(body);
          }
          if (versions % BATCH < count) {
            rows.flush();
          }
          if (versions % COMMIT < count) {
            c.commit();
          }
        }
        rows.flush();
        c.commit();
        return page;
      }
    }
  }

  private List<String> body() {
    List<String> body = new ArrayList<>();
    int n = 3 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      body.add(vary(paragraphs.get(random.nextInt(paragraphs.size())), 4));
    }
    return body;
  }

  /** The text with a few of its words replaced by words from elsewhere in the fixtures. */
  private String vary(String text, int swaps) {
    String[] words = text.split(" ");
    for (int i = 0; i < swaps; i++) {
      words[random.nextInt(words.length)] = vocabulary.get(random.nextInt(vocabulary.size()));
    }
    return String.join(" ", words);
  }

  /** The next version: a paragraph reworded, sometimes one added. */
  private List<String> edit(List<String> body) {
    List<String> next = new ArrayList<>(body);
    int i = random.nextInt(next.size());
    next.set(i, vary(next.get(i), 2));
    if (random.nextBoolean()) {
      next.add(vary(paragraphs.get(random.nextInt(paragraphs.size())), 2));
    }
    return next;
  }

  /** The batched inserts; page, capture and version ids are given, as the tables are new. */
  private static final class Rows implements AutoCloseable {
    private final PreparedStatement page;
    private final PreparedStatement capture;
    private final PreparedStatement version;

    Rows(Connection c) throws SQLException {
      page = c.prepareStatement("INSERT INTO page (id, outlet_id, url, first_seen, last_fetched,"
          + " status) VALUES (?, ?, ?, ?, ?, 'fetched')");
      capture = c.prepareStatement("INSERT INTO capture (id, page_id, url, fetched_at, status,"
          + " content_type, outcome) VALUES (?, ?, ?, ?, 200, 'text/html', 'fetched')");
      version = c.prepareStatement("INSERT INTO version (id, page_id, number, capture_id,"
          + " captured_at, title, authors, editors, published, language, body, words,"
          + " content_hash, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?, 'id', ?, ?, ?,"
          + " 'outlet')");
    }

    void page(long id, String outlet, String url, OffsetDateTime seen) throws SQLException {
      page.setLong(1, id);
      page.setString(2, outlet);
      page.setString(3, url);
      page.setObject(4, seen);
      page.setObject(5, seen);
      page.addBatch();
    }

    void version(long id, long pageId, int number, OffsetDateTime captured, String title,
        String author, OffsetDateTime published, String body) throws SQLException {
      capture.setLong(1, id);
      capture.setLong(2, pageId);
      capture.setString(3, "https://example/" + pageId);
      capture.setObject(4, captured);
      capture.addBatch();
      version.setLong(1, id);
      version.setLong(2, pageId);
      version.setInt(3, number);
      version.setLong(4, id);
      version.setObject(5, captured);
      version.setString(6, title);
      version.setString(7, "[\"" + author + "\"]");
      version.setObject(8, published);
      version.setString(9, body);
      version.setInt(10, body.split("\\s+").length);
      version.setString(11, sha256(body));
      version.addBatch();
    }

    void flush() throws SQLException {
      page.executeBatch();
      capture.executeBatch();
      version.executeBatch();
    }

    private static String sha256(String s) {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(s.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }

    @Override
    public void close() throws SQLException {
      page.close();
      capture.close();
      version.close();
    }
  }
}

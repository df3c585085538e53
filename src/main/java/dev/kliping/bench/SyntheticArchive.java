package dev.kliping.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kliping.archive.BulkVersions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Fills an empty archive database with synthetic versions for the search benchmark: pages of
 * five outlets over a year, each with one to four versions, their text recombined from the
 * fixtures' real Indonesian paragraphs with words swapped, so every version differs. Rows go in
 * through {@link BulkVersions}; there are no WARC records behind them.
 */
public final class SyntheticArchive {
  private static final int PAGES_PER_BATCH = 500;
  private static final String[] OUTLETS = {"rmol", "medcom", "epochtimes", "kompastv", "paltv"};

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
    return BulkVersions.count(db);
  }

  /**
   * Inserts pages and versions until there are n versions; returns the number of pages. The text
   * is made on a thread of its own while the database takes the rows made before: making it
   * (recombining words, hashing) costs about as much as inserting, and the two need not wait
   * for each other. The rows are the same as made on one thread: one thread draws every number.
   */
  public int fill(DataSource db, int n) throws SQLException {
    BlockingQueue<List<Page>> made = new ArrayBlockingQueue<>(4);
    ExecutorService maker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "synthetic-text");
      t.setDaemon(true);
      return t;
    });
    Future<Integer> pages = maker.submit(() -> make(n, made));
    try (BulkVersions rows = BulkVersions.into(db)) {
      for (List<Page> batch = take(made, pages); !batch.isEmpty(); batch = take(made, pages)) {
        for (Page p : batch) {
          rows.page(p.id(), p.outlet(), p.url(), p.published());
          for (BulkVersions.SyntheticVersion v : p.versions()) {
            rows.version(v);
          }
        }
      }
      return pages.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while filling the archive", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot make the synthetic text: " + e.getCause(),
          e.getCause());
    } finally {
      maker.shutdownNow();
    }
  }

  /** A synthetic page and its versions, made ahead of their insertion. */
  private record Page(long id, String outlet, String url, OffsetDateTime published,
      List<BulkVersions.SyntheticVersion> versions) {}

  /** The next batch of pages, or an empty one at the end; fails when the maker failed. */
  private static List<Page> take(BlockingQueue<List<Page>> made, Future<Integer> maker)
      throws InterruptedException, ExecutionException {
    while (true) {
      List<Page> batch = made.poll(1, TimeUnit.SECONDS);
      if (batch != null) {
        return batch;
      }
      if (maker.isDone()) {
        maker.get();
        List<Page> last = made.poll();
        return last == null ? List.of() : last;
      }
    }
  }

  /** Makes pages until there are n versions, in batches, then an empty batch; the page count. */
  private int make(int n, BlockingQueue<List<Page>> out) throws InterruptedException {
    int versions = 0;
    int page = 0;
    OffsetDateTime start = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7));
    List<Page> batch = new ArrayList<>();
    while (versions < n) {
      page++;
      int count = Math.min(n - versions, 1 + random.nextInt(4));
      OffsetDateTime published = start.plusMinutes(random.nextInt(365 * 24 * 60));
      String outlet = OUTLETS[page % OUTLETS.length];
      String title = vary(titles.get(random.nextInt(titles.size())), 3) + " (" + page + ")";
      String author = "[\"" + authors.get(random.nextInt(authors.size())) + "\"]";
      List<String> body = body();
      List<BulkVersions.SyntheticVersion> made = new ArrayList<>(count);
      for (int v = 1; v <= count; v++) {
        String text = String.join("\n\n", body);
        made.add(new BulkVersions.SyntheticVersion(++versions, page, v,
            published.plusHours(v * 3L), title, author, published, text, words(text),
            sha256(text)));
        body = edit(body);
      }
      batch.add(new Page(page, outlet, "https://" + outlet + ".example/berita/" + page,
          published, made));
      if (batch.size() == PAGES_PER_BATCH) {
        out.put(batch);
        batch = new ArrayList<>();
      }
    }
    if (!batch.isEmpty()) {
      out.put(batch);
    }
    out.put(List.of());
    return page;
  }

  /**
   * How many pieces splitting on runs of whitespace gives ({@code text.split("\\s+").length}),
   * counted without a regular expression: the regex was a fifth of the time spent filling.
   */
  static int words(String text) {
    if (text.isEmpty()) {
      return 1;
    }
    int runs = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = whitespace(text.charAt(i));
      if (!space && !inWord) {
        runs++;
      }
      inWord = !space;
    }
    // A leading separator leaves an empty first piece; trailing empty pieces are dropped.
    return runs == 0 ? 0 : runs + (whitespace(text.charAt(0)) ? 1 : 0);
  }

  /** Java's {@code \\s}: space, tab, newline, vertical tab, form feed, carriage return. */
  private static boolean whitespace(char ch) {
    return ch == ' ' || (ch >= '\t' && ch <= '\r');
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
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
}

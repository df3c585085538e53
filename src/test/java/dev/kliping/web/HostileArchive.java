package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.search.SearchIndex;
import dev.kliping.search.TestArchives;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A small archive served by a real {@link WebServer}: one page in two versions whose title holds a
 * right-to-left override and whose body holds one 200,000-letter word.
 */
final class HostileArchive implements AutoCloseable {
  static final String URL = "https://www.kompas.tv/nasional/2/berkas-lampiran";
  /** Shows as "exe.png" unless isolated: U+202E reverses what follows it. */
  static final String TITLE = "Lampiran \u202Egnp.exe";
  static final String LONG_WORD = "a".repeat(200_000);
  /** A byline a spreadsheet would run as a formula. */
  static final String FORMULA_AUTHOR = "=HYPERLINK(\"https://evil.example\",\"klik\")";

  final Archive archive;
  final SearchIndex index;
  final WebServer server;

  private HostileArchive(Archive archive, SearchIndex index, WebServer server) {
    this.archive = archive;
    this.index = index;
    this.server = server;
  }

  static HostileArchive serve(Path dir) {
    Archive archive = Archive.open(dir);
    SearchIndex index = SearchIndex.open(archive);
    Instant at = Instant.parse("2024-06-20T03:00:00Z");
    TestArchives.store(archive, index, "kompastv", URL, at, TestArchives.article(TITLE,
        List.of(FORMULA_AUTHOR), "2024-06-20T09:00:00+07:00", List.of("Lampiran pakta pendek.")));
    TestArchives.store(archive, index, "kompastv", URL, at.plusSeconds(3600),
        TestArchives.article(TITLE, List.of(FORMULA_AUTHOR), "2024-06-20T09:00:00+07:00",
            List.of("Lampiran pakta " + LONG_WORD + " pendek.")));
    return new HostileArchive(archive, index,
        WebServer.start(archive, index, List.of("kompastv"), "127.0.0.1", 0, null));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() {
    server.close();
    index.close();
    archive.close();
  }
}

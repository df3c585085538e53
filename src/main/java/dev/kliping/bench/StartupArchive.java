package dev.kliping.bench;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Page;
import dev.kliping.archive.PageHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The small archive the query commands are timed on: a replay crawled by kliping itself (a child
 * process), then crawled again from a copy whose pages say one word more in every sentence that
 * has "yang" (the commonest Indonesian word), so its articles have a second version and a diff.
 *
 * @param url a page with two versions
 * @param words two words of its title, for search
 */
public record StartupArchive(Path dir, int pages, int versions, String url, String words) {
  private static final String EDIT_FROM = " yang ";
  private static final String EDIT_TO = " yang memang ";

  /** {@code kliping crawl --replay REPLAY --archive ARCHIVE}, however the caller runs it. */
  @FunctionalInterface
  public interface Crawl {
    /** @throws IOException when the crawl fails */
    void crawl(Path replay, Path archive) throws IOException;
  }

  /**
   * @param work an empty folder: the archive and the edited replay go there
   * @throws IOException when a crawl fails or no page got a second version
   */
  static StartupArchive make(Crawl crawl, Path replay, Path work) throws IOException {
    Path archive = Files.createDirectories(work).resolve("archive");
    crawl.crawl(replay, archive);
    Path edited = work.resolve("replay-edited");
    copyEdited(replay, edited);
    crawl.crawl(edited, archive);
    return read(archive);
  }

  /** Copies the replay; each recorded body (under {@code __files}) gets the edit. */
  private static void copyEdited(Path replay, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(replay)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(replay.relativize(file).toString());
        Files.createDirectories(target.getParent());
        boolean body = file.toString().contains("__files") && file.toString().endsWith(".html");
        if (body) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          Files.writeString(target, text.replace(EDIT_FROM, EDIT_TO), StandardCharsets.UTF_8);
        } else {
          Files.copy(file, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static StartupArchive read(Path dir) throws IOException {
    try (Archive archive = Archive.open(dir)) {
      Instant later = Instant.now().plus(3650, ChronoUnit.DAYS);
      int pages = 0;
      int versions = 0;
      PageHistory edited = null;
      for (String outlet : archive.outletIds()) {
        for (Page page : archive.due(outlet, later, Integer.MAX_VALUE)) {
          Optional<PageHistory> history = archive.history(page.url());
          int count = history.map(h -> h.versions().size()).orElse(0);
          pages++;
          versions += count;
          if (edited == null && count >= 2) {
            edited = history.get();
          }
        }
      }
      if (edited == null) {
        throw new IOException("no page of the archive in " + dir + " got a second version");
      }
      return new StartupArchive(dir, pages, versions, edited.url(), titleWords(edited));
    }
  }

  /** The title's two longest words, lower case: a search that finds at least this page. */
  private static String titleWords(PageHistory page) {
    String title = page.versions().get(page.versions().size() - 1).title();
    List<String> words = new ArrayList<>(List.of(title.toLowerCase(Locale.ROOT)
        .split("[^\\p{L}\\p{N}]+")));
    words.sort((a, b) -> b.length() - a.length());
    return String.join(" ", words.subList(0, Math.min(2, words.size())));
  }
}

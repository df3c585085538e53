package dev.kliping.archive;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version as the search index reads it: where it is, what it says, and how it came to be
 * (cause and significance of the change that made it, whether it carries a correction notice).
 *
 * @param cause why the version exists (edit, reextraction...), null before causes were stored
 * @param significance substantive or cosmetic, null when not classified
 */
public record IndexRow(long id, long pageId, String url, String outlet, int number,
    Instant captured, String title, List<String> authors, OffsetDateTime published, String body,
    String cause, String significance, boolean correction) {

  public IndexRow {
    authors = List.copyOf(authors);
  }
}

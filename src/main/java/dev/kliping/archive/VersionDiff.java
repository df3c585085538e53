package dev.kliping.archive;

import dev.kliping.version.FieldChange;
import dev.kliping.version.WordChange;
import java.time.Instant;
import java.util.List;

/**
 * The differences between two versions of one page, from version {@code from} to version
 * {@code to}: metadata fields, and word-level changes of title and body.
 */
public record VersionDiff(String url, int from, int to, Instant fromCapturedAt,
    Instant toCapturedAt, String summary, List<FieldChange> fields, List<WordChange> title,
    List<WordChange> body) {

  public VersionDiff {
    fields = List.copyOf(fields);
    title = List.copyOf(title);
    body = List.copyOf(body);
  }
}

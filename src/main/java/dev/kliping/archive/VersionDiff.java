package dev.kliping.archive;

import dev.kliping.version.ChangeKind;
import dev.kliping.version.FieldChange;
import dev.kliping.version.SentenceChange;
import dev.kliping.version.Significance;
import dev.kliping.version.WordChange;
import java.time.Instant;
import java.util.List;

/**
 * The differences between two versions of one page, from version {@code from} to version
 * {@code to}: how much they matter and of what kinds, metadata fields, the aligned sentences of
 * title and body, and word-level changes of title and body.
 */
public record VersionDiff(String url, int from, int to, Instant fromCapturedAt,
    Instant toCapturedAt, String summary, Significance significance, List<ChangeKind> kinds,
    List<FieldChange> fields, List<SentenceChange> sentences, List<WordChange> title,
    List<WordChange> body) {

  public VersionDiff {
    kinds = List.copyOf(kinds);
    fields = List.copyOf(fields);
    sentences = List.copyOf(sentences);
    title = List.copyOf(title);
    body = List.copyOf(body);
  }
}

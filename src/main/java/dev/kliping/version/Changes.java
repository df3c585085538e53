package dev.kliping.version;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * Everything that differs between two versions of one article: how much it matters, the kinds
 * of change, metadata fields, the aligned sentences of title and body, and the word runs of title
 * and body, with a one-line summary. This is what the diff table stores as JSON.
 *
 * @param sentences every sentence of title and body lined up, unchanged ones included
 */
public record Changes(String summary, Significance significance, List<ChangeKind> kinds,
    List<FieldChange> fields, List<SentenceChange> sentences, List<WordChange> title,
    List<WordChange> body) {

  public Changes {
    kinds = List.copyOf(kinds);
    fields = List.copyOf(fields);
    sentences = List.copyOf(sentences);
    title = List.copyOf(title);
    body = List.copyOf(body);
  }

  /** True when nothing differs. */
  @JsonIgnore
  public boolean isEmpty() {
    return fields.isEmpty() && title.isEmpty() && body.isEmpty();
  }

  /** The changed sentences only. */
  @JsonIgnore
  public List<SentenceChange> changedSentences() {
    return sentences.stream().filter(SentenceChange::isChange).toList();
  }
}

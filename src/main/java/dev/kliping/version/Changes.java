package dev.kliping.version;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * Everything that differs between two versions of one article: metadata fields, then the words
 * of the title and of the body, with a one-line summary. This is what the diff table stores as
 * JSON.
 */
public record Changes(String summary, List<FieldChange> fields, List<WordChange> title,
    List<WordChange> body) {

  public Changes {
    fields = List.copyOf(fields);
    title = List.copyOf(title);
    body = List.copyOf(body);
  }

  /** True when nothing differs. */
  @JsonIgnore
  public boolean isEmpty() {
    return fields.isEmpty() && title.isEmpty() && body.isEmpty();
  }
}

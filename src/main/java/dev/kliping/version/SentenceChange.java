package dev.kliping.version;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * One sentence of the title or body lined up with its counterpart in the other version.
 *
 * @param field "title" or "body"
 * @param op what happened to it
 * @param oldText the sentence in the older version; null when added
 * @param newText the sentence in the newer version; null when removed
 * @param oldParagraph the index of its paragraph in the older body (0 for the title); -1 when
 *     added
 * @param newParagraph the same in the newer body; -1 when removed
 * @param kinds what kind of change it is; empty when unchanged
 * @param words the word changes inside an edited sentence, positions counted within it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SentenceChange(String field, Op op, @JsonProperty("old") String oldText,
    @JsonProperty("new") String newText,
    int oldParagraph, int newParagraph, List<ChangeKind> kinds, List<WordChange> words) {

  /** How the sentence lines up. */
  public enum Op {
    UNCHANGED, EDITED, ADDED, REMOVED, MOVED;

    @JsonValue
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public SentenceChange {
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
    words = words == null ? List.of() : List.copyOf(words);
  }

  /** True for anything but an unchanged sentence. */
  @JsonIgnore
  public boolean isChange() {
    return op != Op.UNCHANGED;
  }

  /** Cosmetic or substantive, by its kinds. */
  @JsonIgnore
  public Significance significance() {
    return Significance.ofChange(kinds);
  }
}

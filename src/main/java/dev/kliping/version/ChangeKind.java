package dev.kliping.version;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of change one changed sentence or field is: the closed list researchers filter on. */
public enum ChangeKind {
  /** Whitespace, punctuation, letter case, quote style, or a typo fixed without digits. */
  COSMETIC,
  /** A number, amount, percentage, date or time changed, added or removed. */
  NUMBER,
  /** A proper name (person, place, organisation) changed, added or removed. */
  NAME,
  /** Words inside quotation marks added, removed or changed. */
  QUOTE,
  /** The change is in the headline. */
  HEADLINE,
  /** A notice of correction or update was added (Ralat, Koreksi, "Update:"...). */
  CORRECTION,
  /** A sentence was added. */
  ADDED,
  /** A sentence was removed. */
  REMOVED,
  /** A sentence moved elsewhere in the story. */
  MOVED,
  /** Any other change of wording. */
  REWORDED,
  /** Authors, editors, dates, section or source credit changed. */
  METADATA;

  /** The name used in JSON, exports and the command line: "cosmetic", "number"... */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind with this label; throws IllegalArgumentException naming it when there is none. */
  public static ChangeKind of(String label) {
    for (ChangeKind k : values()) {
      if (k.label().equals(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException("no such change kind: " + label);
  }
}

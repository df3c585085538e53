package dev.kliping.version;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a version exists: the page's first text, an edit by the publisher, or our re-extraction. */
public enum Cause {
  /** The page's first version. */
  FIRST,
  /** The outlet served something else: a publisher edit. */
  EDIT,
  /** The same bytes, or a text that differs only because kliping's rules changed. */
  REEXTRACTION;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The cause stored under this label; null (rows older than provenance) is an edit. */
  public static Cause of(String label) {
    if (label == null) {
      return EDIT;
    }
    for (Cause c : values()) {
      if (c.label().equals(label)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no such cause: " + label);
  }
}

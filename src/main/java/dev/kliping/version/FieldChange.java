package dev.kliping.version;

import java.util.List;

/**
 * A metadata field that differs between two versions, with both values as text (lists joined by
 * "; ", dates ISO-8601); a value is null when that version did not have it. Its kinds always
 * include {@code metadata}.
 */
public record FieldChange(String field, String before, String after, List<ChangeKind> kinds) {

  public FieldChange {
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
  }
}

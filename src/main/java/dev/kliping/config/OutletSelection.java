package dev.kliping.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which outlet files of {@code outlets_dir} are crawled: {@code all} (the default: adding an
 * outlet is adding its file), or a list of ids to choose some.
 *
 * @param ids the chosen ids, in order; empty when {@link #all}
 */
public record OutletSelection(boolean all, List<String> ids) {
  public static final String ALL_WORD = "all";
  public static final OutletSelection ALL = new OutletSelection(true, List.of());

  public OutletSelection {
    ids = List.copyOf(Objects.requireNonNullElse(ids, List.of()));
  }

  public static OutletSelection of(List<String> ids) {
    return new OutletSelection(false, ids);
  }

  /** Reads {@code all} or a list of ids; anything else names what is expected. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static OutletSelection read(JsonNode node) {
    if (node == null || node.isNull() || node.isTextual() && ALL_WORD.equals(node.asText())) {
      return ALL;
    }
    if (node.isArray()) {
      List<String> ids = new ArrayList<>();
      for (JsonNode id : node) {
        if (!id.isTextual() || id.asText().isBlank()) {
          throw new IllegalArgumentException("must be `all` or a list of outlet ids, not " + id);
        }
        ids.add(id.asText());
      }
      return of(ids);
    }
    throw new IllegalArgumentException("must be `all` or a list of outlet ids, not " + node);
  }

  @JsonValue
  Object written() {
    return all ? ALL_WORD : ids;
  }
}

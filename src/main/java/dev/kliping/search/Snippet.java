package dev.kliping.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A short passage of a hit's body with the matched words located, so a page can mark them while
 * escaping everything else. In JSON it is just its text.
 */
public record Snippet(String text, List<Mark> marks) {

  /** A matched span: character offsets into {@link #text}, end exclusive. */
  public record Mark(int start, int end) {}

  public Snippet {
    text = text == null ? "" : text;
    marks = List.copyOf(marks);
  }

  @JsonCreator
  public static Snippet of(String text) {
    return new Snippet(text, List.of());
  }

  @JsonValue
  @Override
  public String text() {
    return text;
  }
}

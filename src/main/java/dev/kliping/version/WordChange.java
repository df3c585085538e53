package dev.kliping.version;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One run of changed words in the title or the body. In the body a paragraph break is the word
 * {@link #PARAGRAPH}, so splitting or joining paragraphs shows as an inserted or deleted break.
 *
 * @param field "title" or "body"
 * @param position how many words of the old text come before the change (breaks not counted)
 * @param newPosition the same in the new text
 * @param oldWords the words removed, empty for an insert
 * @param newWords the words added, empty for a delete
 */
public record WordChange(String field, Op op, int position, int newPosition,
    List<String> oldWords, List<String> newWords) {

  /** The token that stands for a paragraph break in body changes. */
  public static final String PARAGRAPH = "\u00b6";

  /** What happened to the words. */
  public enum Op {
    @JsonProperty("insert") INSERT,
    @JsonProperty("delete") DELETE,
    @JsonProperty("replace") REPLACE
  }

  public WordChange {
    oldWords = List.copyOf(oldWords);
    newWords = List.copyOf(newWords);
  }

  /** A title's words, as the archive splits them: on single spaces; empty for null. */
  public static List<String> words(String text) {
    return text == null ? List.of() : java.util.Arrays.asList(text.split(" "));
  }

  /** Body paragraphs' words, with a {@link #PARAGRAPH} token between paragraphs. */
  public static List<String> words(List<String> paragraphs) {
    List<String> out = new java.util.ArrayList<>();
    for (String p : paragraphs) {
      if (!out.isEmpty()) {
        out.add(PARAGRAPH);
      }
      out.addAll(words(p));
    }
    return out;
  }
}

package dev.kliping.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A catalogue of boilerplate phrases: lines that are navigation, widgets, follow prompts or photo
 * captions rather than article text. Phrases match case-insensitively after whitespace is
 * collapsed; caption endings are regular expressions matched at the end of a line.
 */
public record Boilerplate(
    /* A line starting with one of these is a related-link or promo line: dropped. */
    List<String> dropLinesStarting,
    /* A line equal to one of these is a widget heading or ticker: dropped. */
    List<String> dropLinesEqual,
    /* A line containing one of these is a follow prompt or template text: dropped. */
    List<String> dropLinesContaining,
    /* A line equal to one of these opens a list after the article: the body ends there. */
    List<String> endOfBody,
    /* Regular expressions for photo-caption endings such as "/RMOL" or "(EFE)". */
    List<String> captionEndings) {

  public static final Boilerplate NONE = new Boilerplate(null, null, null, null, null);

  public Boilerplate {
    dropLinesStarting = nonNull(dropLinesStarting);
    dropLinesEqual = nonNull(dropLinesEqual);
    dropLinesContaining = nonNull(dropLinesContaining);
    endOfBody = nonNull(endOfBody);
    captionEndings = nonNull(captionEndings);
  }

  /** This catalogue with another's phrases added after its own. */
  public Boilerplate plus(Boilerplate more) {
    return new Boilerplate(
        concat(dropLinesStarting, more.dropLinesStarting),
        concat(dropLinesEqual, more.dropLinesEqual),
        concat(dropLinesContaining, more.dropLinesContaining),
        concat(endOfBody, more.endOfBody),
        concat(captionEndings, more.captionEndings));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<String> nonNull(List<String> list) {
    return List.copyOf(Objects.requireNonNullElse(list, List.of()));
  }
}

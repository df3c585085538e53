package dev.kliping.extract;

import java.util.List;

/** An article body after cleaning: its paragraphs and the metadata lines found among them. */
record Body(List<String> paragraphs, Byline byline) {

  static final Body EMPTY = new Body(List.of(), Byline.NONE);

  Body {
    paragraphs = List.copyOf(paragraphs);
  }

  int words() {
    int n = 0;
    for (String p : paragraphs) {
      n += Text.words(p);
    }
    return n;
  }
}

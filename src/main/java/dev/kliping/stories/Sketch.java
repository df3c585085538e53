package dev.kliping.stories;

/**
 * What the story desk keeps of an article in its window: the arrival, its key terms with their
 * weights (for similarity), and its body's shingles (for copied passages). The body's words are
 * cut again when a copy is looked for, which few pairs need: kept for every article of the
 * window, they would be most of the desk's memory.
 */
record Sketch(Arrival arrival, TermVector terms, long[] shingles) {

  /** The article's sketch, its terms' ids taken from the window's terms. */
  static Sketch of(Arrival a, KeyTerms keyTerms, WindowTerms window) {
    Words body = Words.of(a.body());
    return new Sketch(a, window.vector(keyTerms.terms(a.title(), body)), Shingles.distinct(body));
  }

  Words words() {
    return Words.of(arrival.body());
  }

  long pageId() {
    return arrival.pageId();
  }

  long at() {
    return arrival.at().toEpochMilli();
  }
}

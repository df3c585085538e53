package dev.kliping.stories;

import java.util.Map;

/**
 * What the story desk keeps of an article in its window: the arrival, its key terms with their
 * weights (for similarity), and its body's words and shingles (for copied passages).
 */
record Sketch(Arrival arrival, Map<String, Float> terms, Words words, long[] shingles) {

  long pageId() {
    return arrival.pageId();
  }

  long at() {
    return arrival.at().toEpochMilli();
  }
}

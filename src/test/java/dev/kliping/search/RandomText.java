package dev.kliping.search;

import java.util.List;
import java.util.Random;

/** Made-up article text for index tests: scores spread, and many tie. */
final class RandomText {
  private RandomText() {}

  /**
   * {@code count} words in sentences of nine: the first four of the vocabulary often, the rest
   * seldom (every third word may be any of them).
   */
  static String of(Random random, List<String> vocabulary, int count) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "" : i % 9 == 0 ? ". " : " ").append(vocabulary.get(random.nextInt(4)
          + (i % 3 == 0 ? random.nextInt(vocabulary.size() - 4) : 0)));
    }
    return b + ".";
  }
}

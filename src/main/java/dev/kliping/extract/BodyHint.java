package dev.kliping.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The article text a page declares for machines (JSON-LD {@code articleBody}), kept as a set of
 * word pairs so that each visible block can be asked whether it belongs to the article. Pairs,
 * not single words: a caption or teaser shares most of its words with any long article, but few
 * of its word pairs. Immutable once built.
 */
final class BodyHint {

  /* Shorter declared bodies are teasers or descriptions, not the article. */
  private static final int MIN_WORDS = 60;

  private final Set<Long> pairs;
  private final Set<String> words;
  private final int size;

  private BodyHint(Set<Long> pairs, Set<String> words, int size) {
    this.pairs = pairs;
    this.words = words;
    this.size = size;
  }

  /** The hint from the page's JSON-LD, or null when it declares no usable article body. */
  static BodyHint of(JsonLd jsonLd) {
    String body = jsonLd.first("articleBody");
    if (body == null || !Text.hasWords(body, MIN_WORDS)) {
      return null;
    }
    Set<Long> pairs = new HashSet<>();
    Set<String> words = new HashSet<>();
    String previous = null;
    for (String w : tokens(body)) {
      words.add(w);
      if (previous != null) {
        pairs.add(pair(previous, w));
      }
      previous = w;
    }
    return new BodyHint(pairs, words, words.size());
  }

  /** Share of the text's word pairs (single word: the word) found in the declared body, 0 to 1. */
  double share(String text) {
    String[] t = tokens(text);
    if (t.length == 0) {
      return 0;
    }
    if (t.length == 1) {
      return words.contains(t[0]) ? 1 : 0;
    }
    int found = 0;
    for (int i = 1; i < t.length; i++) {
      if (pairs.contains(pair(t[i - 1], t[i]))) {
        found++;
      }
    }
    return (double) found / (t.length - 1);
  }

  /** Number of distinct words in the declared body. */
  int size() {
    return size;
  }

  private static long pair(String a, String b) {
    return ((long) a.hashCode() << 32) ^ (b.hashCode() & 0xFFFFFFFFL);
  }

  /* Runs of letters and digits, lower-cased: punctuation and quotes differ between the two. */
  static String[] tokens(String s) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out.toArray(new String[0]);
  }
}

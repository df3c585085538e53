package dev.kliping.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

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
  private final boolean truncated;

  private BodyHint(Set<Long> pairs, Set<String> words, int size, boolean truncated) {
    this.pairs = pairs;
    this.words = words;
    this.size = size;
    this.truncated = truncated;
  }

  /** The hint from the page's JSON-LD, or null when it declares no usable article body. */
  static BodyHint of(JsonLd jsonLd) {
    String declared = jsonLd.first("articleBody");
    if (declared == null || !Text.hasWords(declared, MIN_WORDS)) {
      return null;
    }
    // Templates often put HTML-escaped text in JSON ("Europa&apos;s"), which would not pair up.
    String body = declared.indexOf('&') < 0 ? declared : Parser.unescapeEntities(declared, false);
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
    String end = body.strip();
    return new BodyHint(pairs, words, words.size(), end.endsWith("…") || end.endsWith("..."));
  }

  /** True when the declared body is cut short with an ellipsis: a teaser of the article. */
  boolean truncated() {
    return truncated;
  }

  /** Share of the text's word pairs (single word: the word) found in the declared body, 0 to 1. */
  double share(String text) {
    int[] h = hashes(text);
    int n = h[0];
    if (n == 0) {
      return 0;
    }
    if (n == 1) {
      return words.contains(tokens(text)[0]) ? 1 : 0;
    }
    int found = 0;
    for (int i = 2; i <= n; i++) {
      if (pairs.contains(pair(h[i - 1], h[i]))) {
        found++;
      }
    }
    return (double) found / (n - 1);
  }

  /*
   * The hash codes of the text's tokens, as tokens() would give them, after their count in the
   * first slot. Most tokens are ASCII and are hashed in place, without a string each.
   */
  static int[] hashes(String s) {
    int[] out = new int[16];
    int n = 0;
    int start = -1;
    int hash = 0;
    boolean ascii = true;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      boolean word = i < s.length() && Character.isLetterOrDigit(c);
      if (word) {
        if (start < 0) {
          start = i;
          hash = 0;
          ascii = true;
        }
        if (c < 0x80) {
          hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        } else {
          ascii = false;
        }
      } else if (start >= 0) {
        if (++n == out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2);
        }
        out[n] = ascii ? hash : s.substring(start, i).toLowerCase(Locale.ROOT).hashCode();
        start = -1;
      }
    }
    out[0] = n;
    return out;
  }

  /** Number of distinct words in the declared body. */
  int size() {
    return size;
  }

  private static long pair(String a, String b) {
    return pair(a.hashCode(), b.hashCode());
  }

  private static long pair(int a, int b) {
    return ((long) a << 32) ^ (b & 0xFFFFFFFFL);
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

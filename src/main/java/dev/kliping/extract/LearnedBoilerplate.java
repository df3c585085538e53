package dev.kliping.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * An outlet's boilerplate learned from its archive: paragraphs that recur, identical after
 * {@link #key normalisation}, in the stored bodies of several of its pages. It is handed to the
 * extractor as data, so extraction stays a pure function of the page and what it is given, and
 * its {@link #fingerprint} can be recorded with every version: a body that changes because this
 * list grew is a re-extraction, not a publisher's edit. Immutable; lines are kept sorted.
 */
public record LearnedBoilerplate(Set<String> lines) {

  public static final LearnedBoilerplate NONE = new LearnedBoilerplate(Set.of());

  public LearnedBoilerplate {
    TreeSet<String> keys = new TreeSet<>();
    for (String line : lines == null ? Set.<String>of() : lines) {
      String k = key(line);
      if (!k.isEmpty()) {
        keys.add(k);
      }
    }
    lines = java.util.Collections.unmodifiableSortedSet(keys);
  }

  /** The learned list of these paragraphs (any form; they are normalised). */
  public static LearnedBoilerplate of(Collection<String> paragraphs) {
    return new LearnedBoilerplate(Set.copyOf(paragraphs));
  }

  /**
   * A paragraph's normal form: Unicode compatibility forms folded (full-width letters, ligatures),
   * whitespace collapsed, lower case. Two paragraphs are "the same line" when their keys are equal.
   */
  public static String key(String paragraph) {
    if (paragraph == null) {
      return "";
    }
    String folded = Normalizer.normalize(paragraph, Normalizer.Form.NFKC);
    return Text.clean(folded.replace('\u00A0', ' ')).toLowerCase(Locale.ROOT);
  }

  /** True when {@code paragraph} is one of the learned lines. */
  public boolean drops(String paragraph) {
    return !lines.isEmpty() && lines.contains(key(paragraph));
  }

  /** This list without the lines an outlet's configuration says are content ({@code keep:}). */
  public LearnedBoilerplate without(Collection<String> keep) {
    if (keep == null || keep.isEmpty() || lines.isEmpty()) {
      return this;
    }
    TreeSet<String> left = new TreeSet<>(lines);
    for (String k : keep) {
      left.remove(key(k));
    }
    return new LearnedBoilerplate(left);
  }

  /** SHA-256 hex of the sorted lines: equal lists, equal fingerprints; empty list, empty string. */
  public String fingerprint() {
    if (lines.isEmpty()) {
      return "";
    }
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        md.update(line.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}

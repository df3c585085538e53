package dev.kliping.bench;

import dev.kliping.version.ArticleDiff;
import dev.kliping.version.ChangeKind;
import dev.kliping.version.Changes;
import dev.kliping.version.NormalizedArticle;
import dev.kliping.version.Significance;
import dev.kliping.version.WordChange;
import dev.kliping.version.WordDiff;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Measures change classification: accuracy on the hand-made table of version pairs, and the time
 * to align and classify a pair of long articles against a plain word diff of the same pair.
 */
public final class ChangeBenchmark {

  /** How the table scored: pairs with the right significance, and with exactly the right kinds. */
  public record Accuracy(int pairs, int significanceRight, int kindsRight,
      int substantiveFound, int substantive, List<String> misses) {}

  /** Medians over the rounds, in milliseconds, for one pair of articles of {@code words}. */
  public record Timing(int words, int rounds, double classifyMillis, double wordDiffMillis,
      String significance, List<ChangeKind> kinds) {}

  private ChangeBenchmark() {}

  /** Classifies every pair of the table and counts what it got right. */
  public static Accuracy accuracy(List<ChangePair> table) {
    int sig = 0;
    int kinds = 0;
    int substantive = 0;
    int found = 0;
    List<String> misses = new ArrayList<>();
    for (ChangePair p : table) {
      Changes c = ArticleDiff.between(p.before(), p.after());
      boolean sigRight = c.significance() == p.expectedSignificance();
      boolean kindsRight = EnumSet.copyOf(c.kinds().isEmpty() ? EnumSet.noneOf(ChangeKind.class)
          : EnumSet.copyOf(c.kinds())).equals(p.expectedKinds());
      sig += sigRight ? 1 : 0;
      kinds += kindsRight ? 1 : 0;
      if (p.expectedSignificance() == Significance.SUBSTANTIVE) {
        substantive++;
        found += sigRight ? 1 : 0;
      }
      if (!sigRight || !kindsRight) {
        misses.add(p.name() + ": got " + c.significance().label() + " " + c.kinds());
      }
    }
    return new Accuracy(table.size(), sig, kinds, found, substantive, misses);
  }

  /**
   * Times {@link ArticleDiff#between} and a plain {@link WordDiff} of the body over one synthetic
   * story of about {@code words} words and an edited copy (numbers, a name, a typo, a sentence
   * added, a paragraph moved).
   */
  public static Timing timing(int words, int rounds) {
    NormalizedArticle before = story(words, new Random(7), false);
    NormalizedArticle after = story(words, new Random(7), true);
    for (int i = 0; i < Math.max(20, rounds / 5); i++) {
      ArticleDiff.between(before, after);
      WordDiff.between("body", WordChange.words(before.paragraphs()),
          WordChange.words(after.paragraphs()));
    }
    long[] classify = new long[rounds];
    long[] plain = new long[rounds];
    Changes last = null;
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      last = ArticleDiff.between(before, after);
      long t1 = System.nanoTime();
      WordDiff.between("body", WordChange.words(before.paragraphs()),
          WordChange.words(after.paragraphs()));
      long t2 = System.nanoTime();
      classify[i] = t1 - t0;
      plain[i] = t2 - t1;
    }
    return new Timing(before.words(), rounds, median(classify), median(plain),
        last.significance().label(), last.kinds());
  }

  private static double median(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return s[s.length / 2] / 1e6;
  }

  private static final String[] SUBJECTS = {"Warga", "Petugas", "Polisi", "Pemerintah daerah",
      "Tim SAR", "Kepala desa", "Relawan", "Para pedagang"};
  private static final String[] VERBS = {"mengatakan", "menyebutkan", "memastikan", "melaporkan",
      "menjelaskan", "mencatat"};
  private static final String[] OBJECTS = {"banjir merendam permukiman", "bantuan mulai datang",
      "jalan utama masih tertutup lumpur", "pengungsi membutuhkan air bersih",
      "sekolah diliburkan sementara", "harga beras naik di pasar"};
  private static final String[] PLACES = {"Bekasi", "Depok", "Bogor", "Tangerang", "Cianjur",
      "Garut", "Karawang"};

  /** A story of sentences like news prose; the edited copy changes a few of them. */
  private static NormalizedArticle story(int words, Random r, boolean edited) {
    List<String> paragraphs = new ArrayList<>();
    int count = 0;
    int p = 0;
    while (count < words) {
      StringBuilder para = new StringBuilder();
      for (int s = 0; s < 3; s++) {
        String sentence = SUBJECTS[r.nextInt(SUBJECTS.length)] + " di "
            + PLACES[r.nextInt(PLACES.length)] + " " + VERBS[r.nextInt(VERBS.length)] + " "
            + OBJECTS[r.nextInt(OBJECTS.length)] + " sejak Senin (20/6) dan "
            + (100 + r.nextInt(900)) + " orang terdampak.";
        para.append(s > 0 ? " " : "").append(sentence);
      }
      String text = para.toString();
      if (edited && p == 2) {
        text = text.replaceFirst(" \\d{3} orang", " 1.250 orang");
      }
      if (edited && p == 5) {
        text = text.replaceFirst(" di \\p{Lu}\\p{L}+ ", " di Sukabumi ");
      }
      if (edited && p == 8) {
        text = text.replaceFirst("terdampak", "terdampk");
      }
      if (edited && p == 11) {
        text = text + " Catatan Redaksi: Artikel ini telah diperbarui.";
      }
      paragraphs.add(text);
      count += text.split(" ").length;
      p++;
    }
    if (edited && paragraphs.size() > 6) {
      paragraphs.add(paragraphs.remove(4));
    }
    return new NormalizedArticle("Banjir Rendam Tujuh Kota", List.of("Ahmad Satryo"),
        List.of(), null, null, null, null, "id", null, paragraphs, "outlet");
  }

  /** The kinds seen in the timing run, for the report. */
  static Set<ChangeKind> kinds(Timing t) {
    return t.kinds().isEmpty() ? EnumSet.noneOf(ChangeKind.class) : EnumSet.copyOf(t.kinds());
  }
}

package dev.kliping.stories;

import dev.kliping.archive.CopiedPassage;
import dev.kliping.archive.CopiedText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what two articles of different outlets copied from each other: the shared passages,
 * which of the two came first (the earlier published time, else the earlier first capture), how
 * much of each the passages cover, whether the later one is a republication, and the credits the
 * later one gives. Stateless and thread-safe.
 */
final class CopyFinder {
  /** A copy whose passages cover this share of its words is the source republished. */
  static final double REPUBLICATION = 0.8;
  /** A passage of twelve words has eight shingles; an edit inside still leaves a few. */
  private static final int MIN_SHARED_SHINGLES = 3;

  private final PassageFinder passages = new PassageFinder();

  Optional<CopiedText> between(Sketch x, Sketch y) {
    if (Shingles.shared(x.shingles(), y.shingles()) < MIN_SHARED_SHINGLES) {
      return Optional.empty();
    }
    String by = direction(x.arrival(), y.arrival());
    boolean xFirst = first(x.arrival(), y.arrival(), by);
    Sketch source = xFirst ? x : y;
    Sketch target = xFirst ? y : x;
    Words sourceWords = source.words();
    Words targetWords = target.words();
    List<Passage> found = passages.find(sourceWords, targetWords);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<CopiedPassage> rows = new ArrayList<>();
    for (Passage p : found) {
      rows.add(new CopiedPassage(p.sourceStart(), p.sourceEnd(), p.targetStart(), p.targetEnd(),
          p.words(), sourceWords.original(p.sourceFrom(), p.sourceTo())));
    }
    double sourceShare = covered(found, true) / (double) sourceWords.size();
    double targetShare = covered(found, false) / (double) targetWords.size();
    return Optional.of(new CopiedText(source.pageId(), source.arrival().versionId(),
        target.pageId(), target.arrival().versionId(), sourceShare, targetShare,
        targetShare >= REPUBLICATION, by, Credits.of(target.arrival().body()), rows));
  }

  /** Which times decide the order: the published ones when both exist and differ. */
  private static String direction(Arrival x, Arrival y) {
    return x.published() != null && y.published() != null && !x.published().equals(y.published())
        ? CopiedText.BY_PUBLISHED : CopiedText.BY_CAPTURE;
  }

  private static boolean first(Arrival x, Arrival y, String by) {
    Instant tx = by.equals(CopiedText.BY_PUBLISHED) ? x.published() : x.firstCaptured();
    Instant ty = by.equals(CopiedText.BY_PUBLISHED) ? y.published() : y.firstCaptured();
    int c = tx.compareTo(ty);
    // Captured in the same instant: the page kliping knew first (lower id) counts as earlier.
    return c != 0 ? c < 0 : x.pageId() < y.pageId();
  }

  /** How many words of one side the passages cover, overlaps counted once. */
  private static int covered(List<Passage> found, boolean source) {
    List<int[]> spans = new ArrayList<>();
    for (Passage p : found) {
      spans.add(source ? new int[] {p.sourceFrom(), p.sourceTo()}
          : new int[] {p.targetFrom(), p.targetTo()});
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    int total = 0;
    int end = -1;
    for (int[] s : spans) {
      int from = Math.max(s[0], end);
      if (s[1] > from) {
        total += s[1] - from;
        end = s[1];
      }
    }
    return total;
  }
}

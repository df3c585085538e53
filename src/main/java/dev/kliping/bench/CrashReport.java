package dev.kliping.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a crash run found.
 *
 * @param survived cycles after which the archive opened and every check passed
 * @param killedMidPass cycles whose child was killed rather than finishing its pass
 * @param versionsLost versions a child reported as committed that the archive did not hold
 * @param duplicates versions repeating the one before them, or sharing a capture
 * @param openFilesRecovered {@code .open} WARC files the kills left, all cut back and closed
 * @param reopenMillis how long opening the archive took after each cycle
 * @param problems what went wrong, one line each (at most the first 50)
 */
public record CrashReport(long seed, int cycles, int survived, int killedMidPass,
    int versionsReported, int versionsLost, int duplicates, int openFilesRecovered,
    List<Long> reopenMillis, List<String> problems, long elapsedMillis) {

  public CrashReport {
    reopenMillis = List.copyOf(reopenMillis);
    problems = List.copyOf(problems);
  }

  /** True when nothing was lost or duplicated and every cycle passed. */
  public boolean passed() {
    return survived == cycles && versionsLost == 0 && duplicates == 0 && problems.isEmpty();
  }

  /** The figures, one per line, for people and for the README. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "cycles survived      %d / %d (%d killed mid-pass)%n",
        survived, cycles, killedMidPass));
    sb.append(String.format(Locale.ROOT, "versions reported    %d%n", versionsReported));
    sb.append(String.format(Locale.ROOT, "versions lost        %d%n", versionsLost));
    sb.append(String.format(Locale.ROOT, "duplicates           %d%n", duplicates));
    sb.append(String.format(Locale.ROOT, ".open files closed   %d%n", openFilesRecovered));
    sb.append(String.format(Locale.ROOT, "reopen ms            p50 %d  p95 %d  max %d%n",
        percentile(50), percentile(95), percentile(100)));
    sb.append(String.format(Locale.ROOT, "seed %d, %.1f s%n", seed, elapsedMillis / 1000.0));
    for (String p : problems) {
      sb.append("problem: ").append(p).append(System.lineSeparator());
    }
    return sb.toString();
  }

  /** The p-th percentile of the reopen times (nearest rank), 0 when there are none. */
  public long percentile(int p) {
    if (reopenMillis.isEmpty()) {
      return 0;
    }
    List<Long> sorted = new ArrayList<>(reopenMillis);
    sorted.sort(null);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}

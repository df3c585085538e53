package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.archive.VersionMoment;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles and edits per day. Days are bucketed here in UTC rather than in SQL, because casting a
 * time with zone to a date differs between H2 and PostgreSQL.
 */
final class DayCounts {
  /** A year: enough for a chart, and a bound on the rows one request reads. */
  static final int MAX_DAYS = 366;

  private final Archive archive;

  DayCounts(Archive archive) {
    this.archive = archive;
  }

  /** Every day from first to last inclusive, zero when nothing happened; outlet null for all. */
  List<DayCount> between(String outlet, LocalDate first, LocalDate last) {
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("from must be before to, and at most " + MAX_DAYS
          + " days apart");
    }
    int[] articles = new int[(int) days];
    int[] substantive = new int[(int) days];
    int[] cosmetic = new int[(int) days];
    for (VersionMoment v : archive.versionsBetween(outlet,
        first.atStartOfDay().toInstant(ZoneOffset.UTC),
        last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
      LocalDate day = LocalDate.ofInstant(v.capturedAt(), ZoneOffset.UTC);
      int i = (int) ChronoUnit.DAYS.between(first, day);
      if ("first".equals(v.cause())) {
        articles[i]++;
      } else if ("edit".equals(v.cause())) {
        if ("cosmetic".equals(v.significance())) {
          cosmetic[i]++;
        } else {
          substantive[i]++;
        }
      }
    }
    List<DayCount> out = new ArrayList<>((int) days);
    for (int i = 0; i < days; i++) {
      out.add(new DayCount(first.plusDays(i), articles[i], substantive[i] + cosmetic[i],
          substantive[i], cosmetic[i]));
    }
    return out;
  }
}

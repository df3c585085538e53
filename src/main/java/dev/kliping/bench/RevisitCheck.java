package dev.kliping.bench;

import dev.kliping.archive.PageVisit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every revisit a cluster booked against the visits it made: a due time is kept when the page was
 * visited at or after it and the visit booked the next one; it is lost when no visit came (the
 * page is still due at the end, once the cluster had time to drain) or its booking was replaced
 * without a visit. How late each kept one came is measured apart: late is not lost. Visits
 * recovered from a dead node's WARC file do not count: their bookings never committed.
 *
 * @param booked due times recorded
 * @param missed due times handed out (one per visit that booked one) but not recorded, so not
 *     checked: must be 0 for the figures to cover every revisit
 * @param pending due times still in the future at the end: the schedule had not ended
 * @param unanswered kept revisits whose visit got no response (it still booked the next one)
 * @param lateness how long after its due time each kept revisit was made, sorted
 * @param lostDetails one line per lost revisit
 */
public record RevisitCheck(int booked, int kept, int lost, int missed, int pending,
    int unanswered, List<Duration> lateness, List<String> lostDetails) {

  /**
   * @param history each page's due times in the order handed out (null: revisits ended)
   * @param visits every visit of a page
   * @param end when the cluster stopped
   */
  static RevisitCheck of(Map<Long, List<Instant>> history, List<PageVisit> visits, Instant end) {
    Map<Long, List<PageVisit>> made = new HashMap<>();
    for (PageVisit v : visits) {
      if (!v.recovered()) {
        made.computeIfAbsent(v.pageId(), id -> new ArrayList<>()).add(v);
      }
    }
    int unanswered = 0;
    int booked = 0;
    int kept = 0;
    int pending = 0;
    int missed = 0;
    List<Duration> lateness = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    for (Map.Entry<Long, List<Instant>> page : history.entrySet()) {
      List<Instant> dues = page.getValue();
      List<PageVisit> at = made.getOrDefault(page.getKey(), List.of());
      boolean ended = !dues.isEmpty() && dues.get(dues.size() - 1) == null;
      // Every visit books the page's next due time, or none when its revisits end.
      int handedOut = at.size() - (ended ? 1 : 0);
      int recorded = (int) dues.stream().filter(d -> d != null).count();
      missed += Math.max(0, handedOut - recorded);
      for (int i = 0; i < dues.size(); i++) {
        Instant due = dues.get(i);
        if (due == null) {
          continue;
        }
        booked++;
        PageVisit visit = at.stream().filter(v -> !v.at().isBefore(due)).findFirst()
            .orElse(null);
        boolean replaced = i + 1 < dues.size();
        if (visit != null && replaced) {
          kept++;
          unanswered += visit.answered() ? 0 : 1;
          lateness.add(Duration.between(due, visit.at()));
        } else if (replaced) {
          lost.add("page " + page.getKey() + ": due at " + due + ", booked again without a visit");
        } else if (due.isAfter(end)) {
          pending++;
        } else {
          lost.add("page " + page.getKey() + ": due at " + due + ", never visited by " + end);
        }
      }
    }
    for (Map.Entry<Long, List<PageVisit>> page : made.entrySet()) {
      if (!history.containsKey(page.getKey())) {
        missed += page.getValue().size();
      }
    }
    lateness.sort(null);
    return new RevisitCheck(booked, kept, lost.size(), missed, pending, unanswered,
        List.copyOf(lateness), List.copyOf(lost));
  }

  /** The lateness at quantile q (0 to 1) of the kept revisits; zero when there were none. */
  public Duration late(double q) {
    if (lateness.isEmpty()) {
      return Duration.ZERO;
    }
    int i = (int) Math.ceil(q * lateness.size()) - 1;
    return lateness.get(Math.max(0, Math.min(lateness.size() - 1, i)));
  }

  /** The counts, and the lateness as quantiles rather than every value. */
  @Override
  public String toString() {
    return "RevisitCheck[booked=" + booked + ", kept=" + kept + ", lost=" + lost + ", missed="
        + missed + ", pending=" + pending + ", unanswered=" + unanswered + ", late p50=" + late(0.5) + " p95=" + late(0.95)
        + " max=" + late(1) + ", lost: " + lostDetails + "]";
  }
}

package dev.kliping.bench;

import java.util.List;

/**
 * What one cluster rehearsal found.
 *
 * @param pagesPerSecond articles given their first version per second, from the first fetch to
 *     the last first version (the records' own times)
 * @param killedNode the node killed with SIGKILL, or null
 * @param cutOutlets the outlets whose pass the kill cut short
 * @param failoverMillis from the kill to the first fetch by a survivor for the cut passes (the
 *     slowest of them), or -1 when nothing was killed
 * @param duplicateVersions versions stored twice: two in a row alike, or two visits of one page
 *     for one due time (closer than the revisit interval)
 * @param revisits every revisit booked against the visits made: lost ones, and how late the
 *     others came
 * @param passOverlaps two passes of one outlet running at one moment
 * @param hostOverlaps two requests to one host closer than the per-host delay
 * @param slowestStopMillis the longest a node took to end after SIGTERM
 */
public record ClusterReport(int nodes, int articles, long versions, double pagesPerSecond,
    String killedNode, List<String> cutOutlets, long failoverMillis, int duplicateVersions,
    RevisitCheck revisits, int passOverlaps, int hostOverlaps, List<String> problems,
    long elapsedMillis, long slowestStopMillis) {

  /** Revisits booked and never made. */
  public int lostRevisits() {
    return revisits.lost();
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}

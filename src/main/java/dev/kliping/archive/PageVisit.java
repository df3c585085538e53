package dev.kliping.archive;

import java.time.Instant;

/**
 * One visit of an article page as its capture records it, whatever came back: for checking that
 * a cluster made every revisit it booked.
 *
 * @param recovered a capture row added from the WARC file of a node that died in the visit,
 *     whose schedule never committed: the page stayed due
 * @param answered whether a response came (a visit that got none still books the next one)
 */
public record PageVisit(long pageId, Instant at, boolean recovered, boolean answered) {}

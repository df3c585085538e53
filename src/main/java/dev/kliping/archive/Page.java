package dev.kliping.archive;

import java.time.Instant;

/**
 * A known article page, keyed by its canonical URL: when it was first seen and last fetched, and
 * when it is next due ({@code nextFetchAt} null when not scheduled).
 *
 * @param status {@link #NEW}, {@link #FETCHED} or {@link #FAILED}
 */
public record Page(long id, String outletId, String url, Instant firstSeen, Instant lastFetched,
    Instant nextFetchAt, String status) {

  /** Never fetched. */
  public static final String NEW = "new";
  /** The last fetch got a response (of any status). */
  public static final String FETCHED = "fetched";
  /** The last fetch got no response. */
  public static final String FAILED = "failed";
}

package dev.kliping.fetch;

/** How a fetch ended. Only {@link #OK} carries a page worth extracting. */
public enum FetchOutcome {
  /** A 2xx response with a body. */
  OK,
  /** A 304 to a conditional request: the page is as it was. */
  NOT_MODIFIED,
  /** 4xx: the page is gone, forbidden or never was. */
  CLIENT_ERROR,
  /** 5xx: the server failed. */
  SERVER_ERROR,
  /** Redirected more often than allowed, or to a place we may not go. */
  BAD_REDIRECT,
  /** Not asked: the URL is on a host the outlet does not list (hosts, extra_hosts). */
  OFF_HOST,
  /** robots.txt forbids the URL (or a redirect hop), or could not be read, which forbids all. */
  ROBOTS_DENIED,
  /** The URL or a redirect hop leads to an address kliping never connects to (loopback...). */
  BLOCKED,
  /** Not asked: the host told us to wait (Retry-After, backoff) longer than a fetch waits. */
  HOST_HELD,
  /** No response at all: refused, reset, timed out, unknown host. */
  FAILED;

  /** True when the server could not give us the page this time. */
  public boolean isError() {
    return this != OK && this != NOT_MODIFIED;
  }
}

package dev.kliping.archive;

import java.time.Instant;

/**
 * Something that happened to a story besides an edit: {@link #GONE} (taken down: 404 or 410) or
 * {@link #MOVED} (redirected to another page), with the status or the new address as detail.
 */
public record PageEvent(Instant at, String kind, String detail, Long captureId) {
  public static final String GONE = "gone";
  public static final String MOVED = "moved";
}

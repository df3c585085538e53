package dev.kliping.archive;

import java.time.Instant;

/**
 * Something that happened to a story besides an edit: {@link #GONE} (taken down: 404 or 410),
 * {@link #MOVED} (redirected to another page) or {@link #DUPLICATE} (the page declares another
 * URL as its canonical one, where its versions are kept), with the status or address as detail.
 */
public record PageEvent(Instant at, String kind, String detail, Long captureId) {
  public static final String GONE = "gone";
  public static final String MOVED = "moved";
  public static final String DUPLICATE = "duplicate";
}

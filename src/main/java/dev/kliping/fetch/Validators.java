package dev.kliping.fetch;

import dev.kliping.archive.Exchange;

/**
 * What a conditional GET sends to ask "has this changed since?": the ETag and Last-Modified of
 * the copy we hold. Either may be null; {@link #NONE} makes a plain GET.
 */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators(null, null);

  /** The validators of a response we hold, or {@link #NONE} when it had none (or is null). */
  public static Validators of(Exchange response) {
    if (response == null || response.status() < 200 || response.status() >= 300
        || response.truncated()) {
      // A cut body is not a copy worth keeping: ask for the whole page again.
      return NONE;
    }
    return new Validators(response.header("ETag"), response.header("Last-Modified"));
  }

  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}

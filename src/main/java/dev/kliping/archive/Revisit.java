package dev.kliping.archive;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * A re-fetch written as a WARC revisit record: the headers of the new response, no body, and the
 * record that holds the bytes (WARC-Refers-To, its target URI and date), as Heritrix does.
 *
 * @param profile identical-payload-digest, or server-not-modified for a 304
 * @param original the capture whose response record holds the payload
 */
record Revisit(URI profile, Capture original) {

  /**
   * The revisit a response to url may be written as, given the URL's previous capture resolved
   * to its original bytes: a 304, or a body whose payload digest equals that original's. Empty
   * bodies and truncated ones are always written whole: there is nothing to save, or the bytes
   * are not the same page.
   */
  static Optional<Revisit> of(Exchange ex, String payloadDigest, Optional<Capture> original) {
    if (original.isEmpty() || original.get().truncated()
        || Integer.valueOf(304).equals(original.get().status())) {
      return Optional.empty();
    }
    if (ex.status() == 304) {
      return Optional.of(new Revisit(WarcRevisit.SERVER_NOT_MODIFIED_1_1, original.get()));
    }
    if (ex.truncated() || ex.body().length == 0
        || !payloadDigest.equals(original.get().payloadDigest())) {
      return Optional.empty();
    }
    return Optional.of(new Revisit(WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1, original.get()));
  }

  URI refersTo() {
    return URI.create(original.warcRecordId());
  }

  String targetUri() {
    return original.url();
  }

  Instant date() {
    return original.fetchedAt();
  }
}

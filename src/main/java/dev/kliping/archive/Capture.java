package dev.kliping.archive;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * One fetch of one URL as the archive recorded it: a response whose bytes are in a WARC file, or
 * a failure with no response (then the WARC fields and status are null).
 *
 * @param pageId the article page fetched, or null for feeds, robots.txt and listing pages
 * @param status the HTTP status, or null when no response came
 * @param warcFile the WARC file name (without ".open", even while it is still being written)
 * @param warcOffset where the response record's gzip member starts in that file
 * @param warcLength the length of that gzip member in bytes
 * @param warcRecordId the response record's WARC-Record-ID
 * @param payloadDigest the WARC-Payload-Digest, "sha1:" and base32
 * @param truncated the body was cut at the size limit
 * @param outcome {@link #FETCHED}, {@link #RECOVERED}, or a failure word from the fetcher
 * @param reason plain words on what went wrong, or null
 */
public record Capture(
    long id,
    Long pageId,
    String url,
    Instant fetchedAt,
    Integer status,
    String contentType,
    String warcFile,
    Long warcOffset,
    Long warcLength,
    String warcRecordId,
    String payloadDigest,
    boolean truncated,
    String outcome,
    String reason) {

  /** A response was recorded, whatever its status. */
  public static final String FETCHED = "fetched";
  /** A response found whole in a WARC file at start-up after a crash, with no row until then. */
  public static final String RECOVERED = "recovered";

  /** True when a response was recorded in a WARC file. */
  @JsonIgnore
  public boolean hasResponse() {
    return warcFile != null;
  }
}

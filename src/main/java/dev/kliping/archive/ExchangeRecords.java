package dev.kliping.archive;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * The WARC request and response records for one exchange, linked to each other by
 * WARC-Concurrent-To, with SHA-1 block and payload digests (the digests Wayback-style tools
 * expect) and WARC-Truncated when the body was cut at the size limit. The response is a revisit
 * record (headers only) when the exchange repeats bytes already recorded.
 */
record ExchangeRecords(WarcRequest request, WarcCaptureRecord response, String payloadDigest) {

  /** Builds both records; {@code warcinfoId} is the record that opened the file. */
  static ExchangeRecords of(Exchange ex, URI warcinfoId) {
    return of(ex, warcinfoId, null);
  }

  /**
   * Builds both records, the response as a revisit of {@code revisit.original()} when revisit is
   * not null. A revisit's payload digest is the original's: it is the payload the record stands
   * for, and what pywb and ReplayWeb.page look the original up by.
   */
  static ExchangeRecords of(Exchange ex, URI warcinfoId, Revisit revisit) {
    UUID requestId = UUID.randomUUID();
    UUID responseId = UUID.randomUUID();
    byte[] requestBlock = HttpBlocks.request(ex);
    byte[] head = HttpBlocks.response(ex);
    byte[] responseBlock = new byte[head.length + ex.body().length];
    System.arraycopy(head, 0, responseBlock, 0, head.length);
    System.arraycopy(ex.body(), 0, responseBlock, head.length, ex.body().length);
    WarcDigest payload = sha1(ex.body());

    WarcRequest.Builder request = new WarcRequest.Builder(ex.url())
        .version(MessageVersion.WARC_1_1)
        .recordId(requestId)
        .date(ex.fetchedAt())
        .warcinfoId(warcinfoId)
        .concurrentTo(urn(responseId))
        .blockDigest(sha1(requestBlock))
        .body(MediaType.HTTP_REQUEST, requestBlock);
    if (revisit != null) {
      return new ExchangeRecords(request.build(), revisit(ex, warcinfoId, revisit, head,
          responseId, requestId), revisit.original().payloadDigest());
    }
    WarcResponse.Builder response = new WarcResponse.Builder(ex.url())
        .version(MessageVersion.WARC_1_1)
        .recordId(responseId)
        .date(ex.fetchedAt())
        .warcinfoId(warcinfoId)
        .concurrentTo(urn(requestId))
        .blockDigest(sha1(responseBlock))
        .payloadDigest(payload)
        .body(MediaType.HTTP_RESPONSE, responseBlock);
    if (ex.address() != null) {
      request.ipAddress(ex.address());
      response.ipAddress(ex.address());
    }
    if (ex.truncated()) {
      response.truncated(WarcTruncationReason.LENGTH);
    }
    return new ExchangeRecords(request.build(), response.build(), payload.prefixedBase32());
  }

  private static WarcRevisit revisit(Exchange ex, URI warcinfoId, Revisit revisit, byte[] head,
      UUID responseId, UUID requestId) {
    WarcRevisit.Builder b = new WarcRevisit.Builder(ex.url(), revisit.profile())
        .version(MessageVersion.WARC_1_1)
        .recordId(responseId)
        .date(ex.fetchedAt())
        .warcinfoId(warcinfoId)
        .concurrentTo(urn(requestId))
        .refersTo(revisit.refersTo(), revisit.targetUri(), revisit.date())
        .blockDigest(sha1(head))
        .body(MediaType.HTTP_RESPONSE, head);
    if (revisit.original().payloadDigest() != null) {
      b.payloadDigest(new WarcDigest(revisit.original().payloadDigest()));
    }
    if (ex.address() != null) {
      b.ipAddress(ex.address());
    }
    return b.build();
  }

  static URI urn(UUID id) {
    return URI.create("urn:uuid:" + id);
  }

  static WarcDigest sha1(byte[] bytes) {
    try {
      return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
  }
}

package dev.kliping.archive;

/**
 * Where a response record was written: file name (final, without ".open"), the byte offset and
 * length of its gzip member, its WARC-Record-ID and WARC-Payload-Digest.
 */
public record WarcLocation(String file, long offset, long length, String recordId,
    String payloadDigest) {}

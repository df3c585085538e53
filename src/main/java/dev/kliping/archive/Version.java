package dev.kliping.archive;

import dev.kliping.version.Cause;
import dev.kliping.version.NormalizedArticle;
import dev.kliping.version.Provenance;
import java.time.Instant;

/**
 * One stored version of a page: its number, the capture it came from, the article, how its text
 * was made and why the version exists.
 */
public record Version(long id, long pageId, int number, long captureId, Instant capturedAt,
    NormalizedArticle article, int words, String contentHash, Provenance provenance,
    Cause cause) {}

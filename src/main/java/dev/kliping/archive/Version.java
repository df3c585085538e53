package dev.kliping.archive;

import dev.kliping.version.NormalizedArticle;
import java.time.Instant;

/** One stored version of a page: its number, the capture it came from, and the article. */
public record Version(long id, long pageId, int number, long captureId, Instant capturedAt,
    NormalizedArticle article, int words, String contentHash) {}

package dev.kliping.archive;

import java.time.Instant;

/**
 * One line of a page's history: a version's number, when it was captured, its title and size,
 * and what changed from the version before it ("first version" for number 1).
 */
public record VersionInfo(int number, Instant capturedAt, long captureId, String title,
    int words, String contentHash, String changeSummary) {}

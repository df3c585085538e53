package dev.kliping.archive;

import java.time.Instant;

/**
 * When a version was stored and what it was: enough to count articles and edits per day.
 *
 * @param cause "first", "edit" or "reextraction", as stored
 * @param significance "substantive" or "cosmetic" for an edit, else null
 */
public record VersionMoment(Instant capturedAt, String cause, String significance) {}

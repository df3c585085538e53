package dev.kliping.archive;

import java.time.Instant;

/**
 * A paragraph that recurs, identical after normalisation, in the stored bodies of several pages
 * of one outlet: learned boilerplate.
 *
 * @param text the paragraph as first stored
 * @param pages how many different pages' bodies held it
 * @param firstSeen when a version holding it was first captured
 * @param lastSeen when a version holding it was last captured
 */
public record RepeatedParagraph(String text, int pages, Instant firstSeen, Instant lastSeen) {}

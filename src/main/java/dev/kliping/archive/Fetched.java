package dev.kliping.archive;

import java.time.Instant;

/**
 * One response in the archive as the record of who fetched what when: for checking a cluster's
 * politeness (one request at a time per host) and that no page was visited twice for one due time.
 *
 * @param pageId the article page, or null (feeds, robots.txt)
 * @param warcFile the WARC file holding it, whose name says which node wrote it
 * @param version the version extracted from it, or null
 */
public record Fetched(long captureId, Long pageId, String url, Instant fetchedAt,
    String warcFile, Integer version) {}

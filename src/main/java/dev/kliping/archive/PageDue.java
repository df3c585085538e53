package dev.kliping.archive;

import java.time.Instant;

/**
 * A page's due time and lease as the page table holds them at one moment.
 *
 * @param due when the page is due to be visited again; null when it is not
 * @param leaseNode the node that claimed it for a visit, or null
 */
public record PageDue(long pageId, Instant due, String leaseNode) {}

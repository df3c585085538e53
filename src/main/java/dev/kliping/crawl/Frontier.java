package dev.kliping.crawl;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Cluster;
import dev.kliping.archive.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which due pages this crawler may visit. Alone, every due page; in a cluster, the pages its node
 * holds a lease on, so no two nodes visit one page: a batch of revisits is claimed at once, and
 * each page's lease is renewed just before its visit (a page whose lease ran out while its batch
 * waited may have gone to another node). The visit's commit ends the lease.
 */
interface Frontier {
  /** Up to limit of the outlet's pages due at now, most overdue first, now this crawler's. */
  List<Page> due(String outletId, Instant now, int limit);

  /** Whether the crawler may visit this due page now; false when another node has it. */
  boolean take(long pageId, Instant now);

  static Frontier alone(Archive archive) {
    return new Frontier() {
      @Override
      public List<Page> due(String outletId, Instant now, int limit) {
        return archive.due(outletId, now, limit);
      }

      @Override
      public boolean take(long pageId, Instant now) {
        return true;
      }
    };
  }

  static Frontier leased(Cluster cluster, String node, Duration lease) {
    return new Frontier() {
      @Override
      public List<Page> due(String outletId, Instant now, int limit) {
        return cluster.claimDue(outletId, now, limit, node, now.plus(lease));
      }

      @Override
      public boolean take(long pageId, Instant now) {
        return cluster.claim(pageId, now, node, now.plus(lease));
      }
    };
  }
}

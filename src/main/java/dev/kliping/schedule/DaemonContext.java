package dev.kliping.schedule;

import dev.kliping.config.OutletConfig;
import dev.kliping.crawl.Crawler;
import java.util.List;
import java.util.Optional;

/**
 * What the daemon's jobs work with: the crawler, the configured outlets and their locks, and the
 * node's record of what it is doing.
 */
record DaemonContext(Crawler crawler, List<OutletConfig> outlets, OutletLocks locks,
    int revisitBatch, NodeWork work) {

  Optional<OutletConfig> outlet(String id) {
    return outlets.stream().filter(o -> o.id().equals(id)).findFirst();
  }
}

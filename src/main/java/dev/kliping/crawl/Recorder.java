package dev.kliping.crawl;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.archive.Exchange;
import dev.kliping.fetch.FetchResult;
import java.time.Clock;
import java.util.Locale;

/**
 * Records every fetch in the archive: each response (redirect hops included) as a WARC record with
 * its capture row, and a fetch that got no response as a capture row with the reason.
 */
final class Recorder {
  private final Archive archive;
  private final Clock clock;

  Recorder(Archive archive, Clock clock) {
    this.archive = archive;
    this.clock = clock;
  }

  /** Records the result and returns the capture of its last response, or of the failure. */
  Capture record(Long pageId, FetchResult result) {
    Capture last = null;
    for (Exchange exchange : result.exchanges()) {
      last = archive.capture(pageId, exchange);
    }
    if (last == null) {
      String outcome = result.outcome().name().toLowerCase(Locale.ROOT);
      last = archive.failure(pageId, result.url(), clock.instant(), outcome, result.reason());
    }
    return last;
  }
}

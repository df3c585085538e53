package dev.kliping.crawl;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.archive.Exchange;
import dev.kliping.fetch.FetchOutcome;
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

  /**
   * Records the result and returns the capture of its last response, or of the failure. A fetch
   * refused after some hops (a redirect off the outlet's hosts, to a blocked address, past the
   * limit) gets a row saying so after the hops' rows: the last response there is only a
   * redirect.
   */
  Capture record(Long pageId, FetchResult result) {
    Capture last = null;
    for (Exchange exchange : result.exchanges()) {
      last = archive.capture(pageId, exchange);
    }
    if (last == null || refusedAfterHops(result)) {
      String outcome = result.outcome().name().toLowerCase(Locale.ROOT);
      last = archive.failure(pageId, result.url(), clock.instant(), outcome, result.reason());
    }
    return last;
  }

  private static boolean refusedAfterHops(FetchResult result) {
    return result.outcome().isError() && result.outcome() != FetchOutcome.CLIENT_ERROR
        && result.outcome() != FetchOutcome.SERVER_ERROR;
  }
}

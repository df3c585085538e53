package dev.kliping.crawl;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.archive.VersionSource;
import dev.kliping.config.OutletConfig;
import dev.kliping.fetch.Validators;
import java.util.Optional;

/** Finds the validators (ETag, Last-Modified) a revisit may send for a conditional GET. */
final class LastCopy {
  private final Archive archive;

  LastCopy(Archive archive) {
    this.archive = archive;
  }

  /**
   * The validators of our last whole copy of fetchUrl, or none when a 304 could mislead.
   *
   * @param latest the page's latest version and its capture, as the visit read them
   */
  Validators validators(OutletConfig outlet, String fetchUrl, Optional<VersionSource> latest) {
    if (!outlet.rules().pagination().isEmpty()) {
      // A 304 for the first page says nothing about the pages after it.
      return Validators.NONE;
    }
    // Only the capture the latest version came from: a later 200 may be one whose version a
    // crash kept from being stored, and a 304 against it would hide that version for good.
    if (latest.isEmpty()) {
      return Validators.NONE;
    }
    Capture c = latest.get().capture();
    if (fetchUrl.equals(c.url()) && c.hasResponse() && !c.truncated()) {
      return Validators.of(archive.read(c));
    }
    return Validators.NONE;
  }
}

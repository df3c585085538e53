package dev.kliping.archive;

/**
 * Told of each new version right after it is committed, e.g. to index it for search. Called on
 * the crawling thread; a listener must not throw for a problem of its own (log it instead).
 */
@FunctionalInterface
public interface VersionListener {
  VersionListener NONE = (outletId, url, number) -> { };

  void stored(String outletId, String url, int versionNumber);

  /** This listener, then the other one. */
  default VersionListener andThen(VersionListener next) {
    return (outletId, url, number) -> {
      stored(outletId, url, number);
      next.stored(outletId, url, number);
    };
  }
}

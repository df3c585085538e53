package dev.kliping.schedule;

import dev.kliping.archive.VersionListener;

/**
 * What runs beside the daemon's crawls on the same open archive: the search index fed with each
 * new version, and the read-only API. Closed before the archive is.
 */
public interface DaemonServices extends AutoCloseable {
  DaemonServices NONE = new DaemonServices() {
    @Override
    public VersionListener listener() {
      return VersionListener.NONE;
    }

    @Override
    public String describe() {
      return "no API";
    }

    @Override
    public void close() {}
  };

  /** Told of every version the crawls store. */
  VersionListener listener();

  /** The crawl's HTTP client, observed (e.g. metered); by default as it is. */
  default okhttp3.OkHttpClient observe(okhttp3.OkHttpClient client) {
    return client;
  }

  /**
   * Catches up with what the other nodes of a cluster stored (e.g. indexes their versions);
   * called after each check-in. Alone, nothing to do.
   */
  default void catchUp() {}

  /** One line for the log: where the API answers. */
  String describe();

  @Override
  void close();
}

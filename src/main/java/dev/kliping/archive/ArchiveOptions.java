package dev.kliping.archive;

import java.time.Clock;
import java.util.Objects;

/**
 * How an archive writes: when a WARC file is full, which clock names new files, and what
 * software the warcinfo record names.
 *
 * @param maxWarcBytes a WARC file is closed once it holds at least this many bytes
 * @param clock used only for WARC file names and warcinfo dates; capture times come from callers
 * @param software the warcinfo {@code software} field, such as "kliping/0.1.0"
 * @param database where the rows live: a PostgreSQL database, or null for the H2 file
 *     {@code kliping.mv.db} in the archive folder (the default)
 * @param node this process's name in a cluster that shares the archive, or null when it owns
 *     the archive alone: a node locks, writes and recovers only WARC files with its name
 */
public record ArchiveOptions(long maxWarcBytes, Clock clock, String software,
    DatabaseLocation database, String node) {
  /** 1 GiB, the size the WARC 1.1 annex recommends as a practical maximum. */
  public static final long DEFAULT_MAX_WARC_BYTES = 1L << 30;

  public ArchiveOptions {
    if (maxWarcBytes <= 0) {
      throw new IllegalArgumentException("maxWarcBytes must be positive: " + maxWarcBytes);
    }
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(software, "software");
    if (node != null && !node.matches(NODE_NAME)) {
      throw new IllegalArgumentException("node name must be 1 to 100 letters, digits, '.', '_'"
          + " or '-': " + node);
    }
  }

  /** A node's name goes into file names: letters, digits, dot, underscore, hyphen. */
  public static final String NODE_NAME = "[A-Za-z0-9._-]{1,100}";

  public ArchiveOptions(long maxWarcBytes, Clock clock, String software) {
    this(maxWarcBytes, clock, software, null, null);
  }

  /** 1 GiB files, the system clock, and this build's name as the software. */
  public static ArchiveOptions defaults() {
    String version = ArchiveOptions.class.getPackage().getImplementationVersion();
    return new ArchiveOptions(DEFAULT_MAX_WARC_BYTES, Clock.systemUTC(),
        "kliping/" + (version == null ? "dev" : version));
  }

  /** These options with another WARC size limit. */
  public ArchiveOptions withMaxWarcBytes(long bytes) {
    return new ArchiveOptions(bytes, clock, software, database, node);
  }

  /** These options with another clock. */
  public ArchiveOptions withClock(Clock newClock) {
    return new ArchiveOptions(maxWarcBytes, newClock, software, database, node);
  }

  /** These options with the rows in this PostgreSQL database; null: the H2 file. */
  public ArchiveOptions withDatabase(DatabaseLocation location) {
    return new ArchiveOptions(maxWarcBytes, clock, software, location, node);
  }

  /** These options for a node of a cluster that shares the archive. */
  public ArchiveOptions withNode(String name) {
    return new ArchiveOptions(maxWarcBytes, clock, software, database, name);
  }

  /** What this process's WARC file names start with: {@code kliping-} and the node's name. */
  String warcPrefix() {
    return node == null ? "kliping-" : "kliping-" + node + "-";
  }
}

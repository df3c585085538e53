package dev.kliping.config;

import java.util.Objects;

/**
 * The contents of {@code config/kliping.yaml}. Paths are relative to the directory holding that
 * file, except {@code archive}, which is relative to the working directory.
 *
 * @param database where the rows live: the H2 file in {@code archive} unless a PostgreSQL URL
 *     is given
 * @param outlets the outlets to crawl, each with a file {@code <outletsDir>/<id>.yaml}: all of
 *     that folder's files unless a list chooses some
 * @param node this daemon's name in a cluster sharing a PostgreSQL archive: in its WARC file
 *     names and the node table; default the host name
 */
public record KlipingConfig(
    String archive,
    String outletsDir,
    String boilerplate,
    OutletSelection outlets,
    HttpSettings http,
    DaemonSettings daemon,
    LearnedBoilerplateSettings learnedBoilerplate,
    DatabaseSettings database,
    String node,
    ClusterSettings cluster) {

  /** Every key at its default; a config file need only say what differs. */
  public static final KlipingConfig DEFAULTS = new KlipingConfig(null, null, null, null, null, null,
      null, null, null, null);

  public KlipingConfig {
    archive = Objects.requireNonNullElse(archive, "archive");
    outletsDir = Objects.requireNonNullElse(outletsDir, "outlets");
    outlets = Objects.requireNonNullElse(outlets, OutletSelection.ALL);
    http = Objects.requireNonNullElse(http, HttpSettings.DEFAULTS);
    daemon = Objects.requireNonNullElse(daemon, DaemonSettings.DEFAULTS);
    learnedBoilerplate = Objects.requireNonNullElse(learnedBoilerplate,
        LearnedBoilerplateSettings.DEFAULTS);
    database = Objects.requireNonNullElse(database, DatabaseSettings.DEFAULTS);
    cluster = Objects.requireNonNullElse(cluster, ClusterSettings.DEFAULTS);
  }

  /** The node's name: as configured, else this machine's host name made fit for file names. */
  public String nodeName() {
    if (node != null) {
      return node;
    }
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      host = Objects.requireNonNullElse(System.getenv("HOSTNAME"), "node");
    }
    String name = host.replaceAll("[^A-Za-z0-9._-]", "-");
    return name.isEmpty() ? "node" : name.substring(0, Math.min(100, name.length()));
  }
}

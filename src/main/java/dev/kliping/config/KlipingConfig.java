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
 */
public record KlipingConfig(
    String archive,
    String outletsDir,
    String boilerplate,
    OutletSelection outlets,
    HttpSettings http,
    DaemonSettings daemon,
    LearnedBoilerplateSettings learnedBoilerplate,
    DatabaseSettings database) {

  /** Every key at its default; a config file need only say what differs. */
  public static final KlipingConfig DEFAULTS = new KlipingConfig(null, null, null, null, null, null,
      null, null);

  public KlipingConfig {
    archive = Objects.requireNonNullElse(archive, "archive");
    outletsDir = Objects.requireNonNullElse(outletsDir, "outlets");
    outlets = Objects.requireNonNullElse(outlets, OutletSelection.ALL);
    http = Objects.requireNonNullElse(http, HttpSettings.DEFAULTS);
    daemon = Objects.requireNonNullElse(daemon, DaemonSettings.DEFAULTS);
    learnedBoilerplate = Objects.requireNonNullElse(learnedBoilerplate,
        LearnedBoilerplateSettings.DEFAULTS);
    database = Objects.requireNonNullElse(database, DatabaseSettings.DEFAULTS);
  }
}

package dev.kliping.cli;

import dev.kliping.config.ConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the commands that only read the archive. */
final class ArchiveOptions {
  @Option(names = "--config", paramLabel = "FILE",
      description = "The configuration naming the archive (default: config/kliping.yaml here,"
          + " else the one built in).")
  Path config;

  @Option(names = "--archive", paramLabel = "DIR",
      description = "The archive folder (default: the config's `archive`).")
  Path archive;

  @Option(names = "--database", paramLabel = "URL",
      description = "The PostgreSQL database holding the archive's rows,"
          + " jdbc:postgresql://HOST[:PORT]/DATABASE (default: the config's `database.url`, else"
          + " the H2 file in the archive folder). Password: env KLIPING_DATABASE_PASSWORD.")
  String database;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  Format format;

  enum Format { text, json }

  /** The archive folder: given, or read from the configuration. */
  Path archiveDir() {
    return archive != null ? archive : Path.of(new ConfigLoader().load(ConfigLocation.resolve(config, null))
        .main().archive());
  }

  /**
   * How to open the archive: its rows in --database, else in the configuration's database, else
   * in the H2 file (the configuration's user goes with either URL).
   */
  dev.kliping.archive.ArchiveOptions archiveOptions() {
    return ArchiveDatabase.options(database, new ConfigLoader()
        .load(ConfigLocation.resolve(config, archive)).main().database());
  }
}

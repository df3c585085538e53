package dev.kliping.cli;

import dev.kliping.config.ConfigLoader;
import dev.kliping.config.Settings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that reads the configuration or the archive shares. */
final class ConfigOptions {
  @Option(names = "--config", paramLabel = "FILE",
      description = "The main configuration file (default: config/kliping.yaml here, else"
          + " beside the archive, else the one built in).")
  Path config;

  @Option(names = "--archive", paramLabel = "DIR",
      description = "The archive folder (default: the config's `archive`).")
  Path archive;

  @Option(names = "--database", paramLabel = "URL",
      description = "Keep the archive's rows in this PostgreSQL database,"
          + " jdbc:postgresql://HOST[:PORT]/DATABASE (default: the config's `database.url`, else"
          + " the H2 file in the archive folder). Password: env KLIPING_DATABASE_PASSWORD.")
  String database;

  Settings settings() {
    return new ConfigLoader().load(ConfigLocation.resolve(config, archive));
  }

  Path archiveDir(Settings settings) {
    return archive != null ? archive : Path.of(settings.main().archive());
  }

  /** How to open the archive: its rows in --database, the config's database, or H2. */
  dev.kliping.archive.ArchiveOptions archiveOptions(Settings settings) {
    return ArchiveDatabase.options(database, settings.main().database());
  }
}

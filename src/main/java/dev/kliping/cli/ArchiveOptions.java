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

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  Format format;

  enum Format { text, json }

  /** The archive folder: given, or read from the configuration. */
  Path archiveDir() {
    return archive != null ? archive : Path.of(new ConfigLoader().load(ConfigLocation.resolve(config, null))
        .main().archive());
  }
}

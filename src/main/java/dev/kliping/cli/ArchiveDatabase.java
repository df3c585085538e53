package dev.kliping.cli;

import dev.kliping.archive.DatabaseLocation;
import dev.kliping.config.DatabaseSettings;
import java.util.function.UnaryOperator;

/**
 * Which database a command opens the archive's rows in: {@code --database URL} if given, else the
 * configuration's {@code database.url}, else the H2 file in the archive folder. The password
 * comes from the environment only, so it is in neither the configuration nor the process list.
 */
final class ArchiveDatabase {
  private ArchiveDatabase() {}

  /**
   * @param given the {@code --database} URL, or null
   * @param configured the configuration's {@code database:}
   * @param env reads an environment variable (System::getenv)
   * @return the PostgreSQL database, or null for the H2 file
   * @throws UsageException when the URL given is not a PostgreSQL JDBC URL
   */
  static DatabaseLocation location(String given, DatabaseSettings configured,
      UnaryOperator<String> env) {
    String url = given != null ? given.strip() : configured.url();
    if (url == null || url.isEmpty()) {
      return null;
    }
    try {
      return new DatabaseLocation(url, configured.user(), env.apply(DatabaseSettings.PASSWORD_VARIABLE));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--database: " + e.getMessage());
    }
  }

  /** The archive's default options, with its rows where the command line or config says. */
  static dev.kliping.archive.ArchiveOptions options(String given, DatabaseSettings configured) {
    return dev.kliping.archive.ArchiveOptions.defaults()
        .withDatabase(location(given, configured, System::getenv));
  }
}

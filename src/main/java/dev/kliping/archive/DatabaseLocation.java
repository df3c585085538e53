package dev.kliping.archive;

import java.util.Locale;
import java.util.Objects;

/**
 * Where an archive's rows live when they are not in the H2 file inside the archive folder: a
 * PostgreSQL database, shared by every process that archives into the same WARC folder.
 *
 * @param url a JDBC URL, {@code jdbc:postgresql://host[:port]/database}
 * @param user the role to log in as, or null to take it from the URL (or the driver's default)
 * @param password its password, or null (the URL, ~/.pgpass, or trust/peer authentication)
 */
public record DatabaseLocation(String url, String user, String password) {
  static final String POSTGRES_PREFIX = "jdbc:postgresql:";

  /**
   * @throws IllegalArgumentException when url is not a PostgreSQL JDBC URL, saying what is; the
   *     H2 archive needs no URL (it is the file {@code kliping.mv.db} in the archive folder)
   */
  public DatabaseLocation {
    Objects.requireNonNull(url, "url");
    if (!url.toLowerCase(Locale.ROOT).startsWith(POSTGRES_PREFIX) || url.length()
        <= POSTGRES_PREFIX.length()) {
      throw new IllegalArgumentException("database URL '" + url + "' is not a PostgreSQL JDBC"
          + " URL: write jdbc:postgresql://HOST[:PORT]/DATABASE (without one, the archive's rows"
          + " stay in the H2 file kliping.mv.db in the archive folder)");
    }
    user = user == null || user.isBlank() ? null : user;
    password = password == null || password.isEmpty() ? null : password;
  }

  /** The URL without its parameters, which may carry a password: for messages and logs. */
  public String shown() {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /** Never the password: records print their components. */
  @Override
  public String toString() {
    return "DatabaseLocation[" + shown() + (user == null ? "" : " as " + user) + "]";
  }
}

package dev.kliping.config;

/**
 * Where the archive's rows live. Without a URL (the default) they are in the H2 file
 * {@code kliping.mv.db} in the archive folder; with one, in that PostgreSQL database, which
 * several daemons may share. The password is never in the file: it comes from the environment
 * variable {@value #PASSWORD_VARIABLE}.
 *
 * @param url {@code jdbc:postgresql://HOST[:PORT]/DATABASE}, or null for the H2 file
 * @param user the PostgreSQL role, or null for the URL's (or the driver's default)
 */
public record DatabaseSettings(String url, String user) {
  public static final String PASSWORD_VARIABLE = "KLIPING_DATABASE_PASSWORD";
  public static final DatabaseSettings DEFAULTS = new DatabaseSettings(null, null);

  public DatabaseSettings {
    url = url == null || url.isBlank() ? null : url.strip();
    user = user == null || user.isBlank() ? null : user.strip();
  }
}

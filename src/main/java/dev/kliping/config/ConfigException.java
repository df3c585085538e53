package dev.kliping.config;

import java.nio.file.Path;

/** A configuration file that cannot be used, naming the file and the key at fault. */
public final class ConfigException extends RuntimeException {
  private final Path file;
  private final String key;

  public ConfigException(Path file, String key, String problem, Throwable cause) {
    super(file + (key == null || key.isEmpty() ? "" : ": key '" + key + "'") + ": " + problem,
        cause);
    this.file = file;
    this.key = key;
  }

  public ConfigException(Path file, String key, String problem) {
    this(file, key, problem, null);
  }

  public Path file() {
    return file;
  }

  /** The dotted path of the key at fault, or null when the whole file is. */
  public String key() {
    return key;
  }
}

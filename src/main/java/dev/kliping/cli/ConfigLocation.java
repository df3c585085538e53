package dev.kliping.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which {@code kliping.yaml} a command reads: the one {@code --config} names; else
 * {@code config/kliping.yaml} in the working folder; else the {@code config/} beside the archive
 * {@code --archive} names; else the shipped configuration built into the jar, so every command
 * works from any folder.
 */
final class ConfigLocation {
  static final Path LOCAL = Path.of("config", "kliping.yaml");
  private static final String BUILT_IN = "/kliping-defaults/kliping.yaml";

  private ConfigLocation() {}

  static Path resolve(Path given, Path archive) {
    if (given != null) {
      return given;
    }
    if (Files.isRegularFile(LOCAL)) {
      return LOCAL;
    }
    if (archive != null) {
      Path parent = archive.toAbsolutePath().normalize().getParent();
      Path beside = parent == null ? null : parent.resolve(LOCAL);
      if (beside != null && Files.isRegularFile(beside)) {
        return beside;
      }
    }
    return builtIn();
  }

  /** The built-in kliping.yaml, as a path the loader can resolve its outlet files against. */
  static Path builtIn() {
    URL url = ConfigLocation.class.getResource(BUILT_IN);
    if (url == null) {
      throw new IllegalStateException("the jar lacks its built-in " + BUILT_IN);
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // Opened by an earlier command in this JVM: Path.of finds it.
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad resource URL " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the jar's built-in configuration", e);
    }
  }
}

package dev.kliping.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the outlet files a selection names: {@code <id>.yaml} in the outlets folder, for each
 * listed id or, with {@code all}, for every such file there (hidden files aside), in name order so
 * that every run lists the outlets alike.
 */
final class OutletFiles {
  static final String SUFFIX = ".yaml";

  private OutletFiles() {}

  /**
   * @param config the main file, named in errors
   * @return the files, in the list's order or by name; empty when {@code all} finds none
   */
  static List<Path> of(Path config, Path folder, OutletSelection selection) {
    if (!selection.all()) {
      if (selection.ids().isEmpty()) {
        throw new ConfigException(config, "outlets", "lists no outlet ids (write `all` for"
            + " every file in the outlets folder)");
      }
      return selection.ids().stream().map(id -> folder.resolve(id + SUFFIX)).toList();
    }
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(OutletFiles::isOutletFile).sorted().toList();
    } catch (IOException e) {
      throw new ConfigException(config, "outlets_dir", "cannot be listed: " + e.getMessage(), e);
    }
  }

  /** The outlet id a file is named for. */
  static String id(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - SUFFIX.length());
  }

  private static boolean isOutletFile(Path file) {
    String name = file.getFileName().toString();
    // Editors leave hidden swap and backup files beside the ones being edited.
    return name.endsWith(SUFFIX) && name.length() > SUFFIX.length() && !name.startsWith(".")
        && Files.isRegularFile(file);
  }
}

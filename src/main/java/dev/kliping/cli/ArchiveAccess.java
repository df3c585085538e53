package dev.kliping.cli;

import com.fasterxml.jackson.databind.JavaType;
import dev.kliping.archive.Archive;
import dev.kliping.archive.ArchiveException;
import dev.kliping.web.DaemonClient;
import dev.kliping.web.DaemonInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reaches an archive for a read-only command: the archive itself, or, while a daemon owns it, the
 * daemon's API on 127.0.0.1 (DESIGN.md: one process owns the archive).
 */
final class ArchiveAccess {
  private ArchiveAccess() {}

  /** The archive, opened; or, when a live daemon holds it, that daemon (archive null). */
  record Reach(Archive archive, DaemonInfo daemon) {}

  /**
   * @throws ArchiveException when there is no archive at archiveDir (a query never creates one:
   *     a mistyped path would otherwise answer "0 versions match"), or it cannot be opened and no
   *     daemon holds it
   */
  static Reach open(Path archiveDir, dev.kliping.archive.ArchiveOptions options) {
    if (!Files.isDirectory(archiveDir)) {
      throw new ArchiveException("no archive at " + archiveDir);
    }
    try {
      return new Reach(Archive.open(archiveDir, options), null);
    } catch (ArchiveException e) {
      return DaemonInfo.read(archiveDir.toAbsolutePath().normalize())
          .map(daemon -> new Reach(null, daemon))
          .orElseThrow(() -> e);
    }
  }

  /**
   * @param local the question asked of an open archive
   * @param apiPath the same question's API path, e.g. {@code /api/pages}
   * @param params its query parameters
   * @param type what the API answers; an API 404 is an empty answer
   */
  static <T> Optional<T> ask(Path archiveDir, dev.kliping.archive.ArchiveOptions options,
      Function<Archive, Optional<T>> local,
      String apiPath, Map<String, String> params, JavaType type) {
    Reach reach = open(archiveDir, options);
    if (reach.archive() != null) {
      try (Archive archive = reach.archive()) {
        return local.apply(archive);
      }
    }
    try (DaemonClient client = new DaemonClient(reach.daemon())) {
      return client.json(apiPath, params).map(json -> Json.read(json, type));
    }
  }
}

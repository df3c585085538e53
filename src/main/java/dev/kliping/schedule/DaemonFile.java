package dev.kliping.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * {@code <archive>/daemon.json}: tells the query commands that a daemon owns the archive and on
 * which port of 127.0.0.1 its read-only API answers.
 */
public record DaemonFile(long pid, int port, String started) {
  private static final String NAME = "daemon.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Writes the file atomically, so a reader never sees half of it. */
  static void write(Path archiveDir, int port, Instant started) {
    Path tmp = archiveDir.resolve(NAME + ".tmp");
    try {
      JSON.writeValue(tmp.toFile(), Map.of("pid", ProcessHandle.current().pid(), "port", port,
          "started", started.toString()));
      Files.move(tmp, archiveDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + archiveDir.resolve(NAME), e);
    }
  }

  static void remove(Path archiveDir) {
    try {
      Files.deleteIfExists(archiveDir.resolve(NAME));
    } catch (IOException e) {
      // A stale file is harmless: readers check that its process is alive.
    }
  }

  /** The running daemon's file, if there is one whose process is alive. */
  public static Optional<DaemonFile> read(Path archiveDir) {
    Path file = archiveDir.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      DaemonFile d = JSON.readValue(file.toFile(), DaemonFile.class);
      boolean alive = ProcessHandle.of(d.pid()).map(ProcessHandle::isAlive).orElse(false);
      return alive ? Optional.of(d) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}

package dev.kliping.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a running daemon says about itself in {@code <archive>/daemon.json}: its process id, the
 * 127.0.0.1 port of its API, and when it started.
 */
public record DaemonInfo(long pid, int port, String started) {
  public static final String FILE = "daemon.json";
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(com.fasterxml.jackson.databind.DeserializationFeature
          .FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** The daemon's file in the archive, if there is one that reads as such. */
  public static Optional<DaemonInfo> read(Path archiveDir) {
    Path file = archiveDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      DaemonInfo info = JSON.readValue(file.toFile(), DaemonInfo.class);
      // A daemon killed with SIGKILL leaves its file behind: only a live process counts.
      boolean alive = ProcessHandle.of(info.pid()).map(ProcessHandle::isAlive).orElse(false);
      return alive && info.port() > 0 && info.port() < 65536 ? Optional.of(info)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Writes the file; for the daemon, and for tests that stand in for one. */
  public void write(Path archiveDir) throws IOException {
    Path tmp = archiveDir.resolve(FILE + ".tmp");
    JSON.writeValue(tmp.toFile(), this);
    Files.move(tmp, archiveDir.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}

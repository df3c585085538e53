package dev.kliping.cli;

import dev.kliping.config.Settings;
import dev.kliping.schedule.Daemon;

/** Wires the daemon's API server and search index from the other packages. */
final class DaemonParts {
  private DaemonParts() {}

  static Daemon.Parts of(Settings settings) {
    return Daemon.Parts.NONE;
  }
}

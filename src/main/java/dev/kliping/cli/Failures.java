package dev.kliping.cli;

import dev.kliping.archive.ArchiveException;
import dev.kliping.config.ConfigException;
import dev.kliping.search.SearchRefused;
import dev.kliping.web.DaemonRefused;
import dev.kliping.search.SearchTimedOut;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures a user can act on into one clear line and an exit code: 2 for bad
 * configuration or usage, 1 for a failure of the archive or the run. Anything else is a bug: one
 * line too, and its stack trace with {@code --debug}.
 */
final class Failures implements IExecutionExceptionHandler {
  private final boolean debug;

  /** @param debug print the stack trace of every failure, not only its one line */
  Failures(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    int code = report(e, cmd);
    if (debug) {
      e.printStackTrace(cmd.getErr());
    }
    return code;
  }

  private int report(Exception e, CommandLine cmd) {
    if (e instanceof ConfigException || e instanceof UsageException
        || e instanceof SearchRefused || e instanceof DaemonRefused) {
      cmd.getErr().println("kliping: " + e.getMessage());
      return 2;
    }
    if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException
        || e instanceof SearchTimedOut) {
      // A FileSystemException's message names the path and the reason (read-only, disk full).
      cmd.getErr().println("kliping: " + e.getMessage());
      return 1;
    }
    if (e instanceof ArchiveException) {
      cmd.getErr().println("kliping: archive: " + e.getMessage());
      return 1;
    }
    cmd.getErr().println("kliping: " + e + (debug ? "" : " (--debug shows where)"));
    return 1;
  }
}

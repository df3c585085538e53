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
    java.util.Optional<String> full = DiskFull.path(e);
    if (full.isPresent()) {
      // What was archived before stays: WARC records are forced and rows committed one visit at
      // a time, and the next start cuts a WARC file back to its last whole record.
      cmd.getErr().println("kliping: disk full: cannot write "
          + (full.get().isEmpty() ? firstLine(e.getMessage()) : full.get())
          + " (No space left on device); free space and run again: what was archived before"
          + " is kept");
      return 1;
    }
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
      // A database error's message may run over several lines (the SQL after it): one is enough.
      cmd.getErr().println("kliping: archive: " + firstLine(e.getMessage()));
      return 1;
    }
    cmd.getErr().println("kliping: " + firstLine(e.toString())
        + (debug ? "" : " (--debug shows where)"));
    return 1;
  }

  private static String firstLine(String message) {
    String m = String.valueOf(message).strip();
    int newline = m.indexOf('\n');
    return newline < 0 ? m : m.substring(0, newline).strip();
  }
}

package dev.kliping.cli;

import dev.kliping.archive.ArchiveException;
import dev.kliping.config.ConfigException;
import dev.kliping.search.SearchRefused;
import dev.kliping.search.SearchTimedOut;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures a user can act on into one clear line and an exit code: 2 for bad
 * configuration or usage, 1 for a failure of the archive or the run. Anything else is a bug and
 * keeps its stack trace.
 */
final class Failures implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (e instanceof ConfigException || e instanceof UsageException
        || e instanceof SearchRefused) {
      cmd.getErr().println("kliping: " + e.getMessage());
      return 2;
    }
    if (e instanceof java.io.UncheckedIOException || e instanceof SearchTimedOut) {
      cmd.getErr().println("kliping: " + e.getMessage());
      return 1;
    }
    if (e instanceof ArchiveException) {
      cmd.getErr().println("kliping: archive: " + e.getMessage());
      return 1;
    }
    cmd.getErr().println("kliping: " + e);
    e.printStackTrace(cmd.getErr());
    return 1;
  }
}

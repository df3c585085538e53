package dev.kliping.archive;

/**
 * The archive could not do what was asked: it is locked by another process, a file or the
 * database failed, or the schema is from a newer release. The message names the file or the
 * value at fault; the cause, when there is one, is kept.
 */
public final class ArchiveException extends RuntimeException {
  public ArchiveException(String message) {
    super(message);
  }

  public ArchiveException(String message, Throwable cause) {
    super(message, cause);
  }
}

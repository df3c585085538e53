package dev.kliping.cli;

/** A command used wrongly in a way picocli cannot see, such as an unknown outlet id. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}

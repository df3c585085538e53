package dev.kliping.web;

/**
 * The daemon answered 400: the request itself was bad (a parameter it names), so the command
 * that asked is used wrongly, as when it opens the archive itself.
 */
public final class DaemonRefused extends IllegalArgumentException {
  DaemonRefused(String message) {
    super(message);
  }
}

package dev.kliping.schedule;

/** The daemon's read-only API while it runs; closing it stops it. */
public interface ApiServer extends AutoCloseable {
  /** The port it listens on, on 127.0.0.1. */
  int port();

  @Override
  void close();
}

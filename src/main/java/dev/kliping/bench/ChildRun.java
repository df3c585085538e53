package dev.kliping.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One child process of a crash cycle: started, killed with SIGKILL at its planned moment unless
 * it ended first, its log (stderr) kept in a file for the versions it reported.
 */
final class ChildRun {
  /** A child that has not reached its work within this long is stuck: killed and reported. */
  private static final long START_LIMIT_MILLIS = 60_000;
  private static final String PASS_STARTED = "articles discovered";

  /**
   * When to kill: {@code delayMillis} after the child starts its article work (its log says how
   * many articles it discovered), or after it starts at all when {@code fromStart}.
   */
  record KillPlan(boolean fromStart, long delayMillis) {}

  /** How the child ended: killed by us, or exited by itself with this code. */
  record Ended(boolean killed, int exitCode, long livedMillis) {}

  private ChildRun() {}

  static Ended run(List<String> command, Path log, KillPlan plan)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process child = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(log.toFile())
        .start();
    try {
      if (!plan.fromStart()) {
        awaitWork(child, log, start);
      }
      boolean ended = child.waitFor(plan.delayMillis(), TimeUnit.MILLISECONDS);
      if (!ended) {
        // destroyForcibly is SIGKILL on Linux and macOS: no shutdown hook, no finally block.
        child.destroyForcibly();
        child.waitFor();
      }
      return new Ended(!ended, child.exitValue(), (System.nanoTime() - start) / 1_000_000);
    } finally {
      if (child.isAlive()) {
        child.destroyForcibly();
        child.waitFor();
      }
    }
  }

  private static void awaitWork(Process child, Path log, long start)
      throws IOException, InterruptedException {
    while (child.isAlive() && !Files.readString(log, StandardCharsets.UTF_8)
        .contains(PASS_STARTED)) {
      if ((System.nanoTime() - start) / 1_000_000 > START_LIMIT_MILLIS) {
        throw new IOException("the child did not start its pass within " + START_LIMIT_MILLIS
            + " ms; its log: " + log);
      }
      Thread.sleep(5);
    }
  }
}

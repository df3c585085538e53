package dev.kliping.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command as a child process to its end and times it: wall time, and the CPU time it
 * used (user and system, read from this process's {@code /proc/self/stat}, which counts the
 * children it has waited for). CPU time is what a busy machine disturbs least: with five builds
 * on two cores the wall time mostly measures waiting for a core.
 */
final class ChildTimer {
  /** The kernel's clock ticks per second for /proc times; 100 on every common Linux. */
  private static final int TICKS_PER_SECOND = 100;
  private static final long LIMIT_MINUTES = 10;

  /** One timed run; cpuMillis is -1 where /proc is not there to read. */
  record Timing(long wallMillis, long cpuMillis) {}

  private ChildTimer() {}

  /**
   * Runs command, its output to output (kept for a failure's message).
   *
   * @throws IOException when it exits with another code than 0 (the message holds its output's
   *     end) or runs longer than ten minutes
   */
  static Timing run(List<String> command, Path output) throws IOException, InterruptedException {
    long cpuBefore = childrenCpuMillis();
    long start = System.nanoTime();
    Process child = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(output.toFile()).start();
    if (!child.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
      child.destroyForcibly().waitFor();
      throw new IOException("still running after " + LIMIT_MINUTES + " minutes: " + command);
    }
    long wall = (System.nanoTime() - start) / 1_000_000;
    long cpuAfter = childrenCpuMillis();
    if (child.exitValue() != 0) {
      String said = Files.readString(output);
      throw new IOException("exit code " + child.exitValue() + " from " + command + ":\n"
          + said.substring(Math.max(0, said.length() - 2000)));
    }
    return new Timing(wall, cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore);
  }

  /** cutime + cstime of this process, in milliseconds, or -1 without /proc. */
  private static long childrenCpuMillis() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // Fields after the command name (in parentheses, may hold spaces): state is field 3, so
      // cutime (16) and cstime (17) are at 13 and 14 counting from state as 0.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
      return ticks * 1000 / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}

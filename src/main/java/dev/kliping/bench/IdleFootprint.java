package dev.kliping.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures an idle daemon: starts one in a child JVM over a replay, times its first passes (from
 * "daemon running" to the last "pass done" in its log), waits for it to idle, and reads its
 * resident set and threads (from /proc) and heap (from jcmd).
 */
public final class IdleFootprint {
  private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
  private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");
  private static final Pattern THREADS = Pattern.compile("Threads:\\s+(\\d+)");

  /** @param firstPasses from the daemon's start to the end of its first pass over every outlet */
  public record Result(long rssBytes, long heapUsedBytes, long heapCommittedBytes, int threads,
      Duration firstPasses) {}

  /** What a stopped daemon left: its database file, and the same fully compacted. */
  public record Stored(long fileBytes, long compactedBytes) {
    public double ratio() {
      return (double) fileBytes / compactedBytes;
    }
  }

  private IdleFootprint() {}

  /**
   * The database a daemon measured here left in {@code archive} once it stopped (SIGTERM, as
   * systemd stops it): its file against a full compaction of a copy.
   */
  public static Stored stored(Path archive) throws IOException {
    Path db = archive.resolve("kliping.mv.db");
    return new Stored(Files.size(db), Disk.compactedSize(db,
        archive.resolveSibling(archive.getFileName() + "-compacted")));
  }

  /** The daemon of the bundled configuration (five outlets). */
  public static Result measure(Path replay, Path archive, List<String> javaOptions,
      Duration idle) throws IOException, InterruptedException {
    return measure(replay, null, 5, archive, javaOptions, idle);
  }

  /**
   * @param config the daemon's configuration, or null for its default
   * @param passes how many "pass done" lines make the first pass over every outlet
   */
  public static Result measure(Path replay, Path config, int passes, Path archive,
      List<String> javaOptions, Duration idle) throws IOException, InterruptedException {
    Path log = Files.createDirectories(archive).resolve("daemon.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.kliping.cli.Main",
        "daemon", "--replay", replay.toString(), "--archive", archive.toString()));
    if (config != null) {
      command.addAll(List.of("--config", config.toString()));
    }
    Process daemon = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      Duration firstPasses = awaitPasses(daemon, log, passes, Duration.ofMinutes(10));
      Thread.sleep(idle.toMillis());
      String status = Files.readString(Path.of("/proc", Long.toString(daemon.pid()), "status"));
      long[] heap = heap(daemon.pid());
      return new Result(kilobytes(RSS, status) * 1024, heap[1], heap[0],
          (int) kilobytes(THREADS, status), firstPasses);
    } finally {
      // destroy() is SIGTERM: the daemon finishes its work in hand and closes the archive.
      daemon.destroy();
      if (!daemon.waitFor(60, TimeUnit.SECONDS)) {
        daemon.destroyForcibly();
        daemon.waitFor();
      }
    }
  }

  /** Waits for the passes; returns the time from "daemon running" to the last of them. */
  private static Duration awaitPasses(Process daemon, Path log, int passes, Duration timeout)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    long running = 0;
    while (System.nanoTime() < end && daemon.isAlive()) {
      List<String> lines = Files.readAllLines(log);
      if (running == 0 && lines.stream().anyMatch(l -> l.contains("daemon running"))) {
        running = System.nanoTime();
      }
      if (running != 0 && lines.stream().filter(l -> l.contains("pass done")).count()
          >= passes) {
        return Duration.ofNanos(System.nanoTime() - running);
      }
      Thread.sleep(100);
    }
    throw new IOException("the daemon did not finish its first passes; see " + log);
  }

  /** A figure of /proc/PID/status (VmRSS in kB, Threads as a count). */
  private static long kilobytes(Pattern field, String status) throws IOException {
    Matcher m = field.matcher(status);
    if (!m.find()) {
      throw new IOException("no " + field.pattern() + " in /proc status");
    }
    return Long.parseLong(m.group(1));
  }

  /** Committed and used heap in bytes, as {@code jcmd PID GC.heap_info} reports them. */
  private static long[] heap(long pid) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor(30, TimeUnit.SECONDS);
    long total = 0;
    long used = 0;
    Matcher m = HEAP.matcher(out);
    while (m.find()) {
      total += Long.parseLong(m.group(1)) * 1024;
      used += Long.parseLong(m.group(2)) * 1024;
    }
    return new long[] {total, used};
  }
}

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
 * Measures an idle daemon: starts one in a child JVM over a replay, waits for its first passes
 * and then for it to idle, and reads its resident set (from /proc) and heap (from jcmd).
 */
public final class IdleFootprint {
  private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
  private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

  public record Result(long rssBytes, long heapUsedBytes, long heapCommittedBytes) {}

  private IdleFootprint() {}

  public static Result measure(Path replay, Path archive, List<String> javaOptions,
      Duration idle) throws IOException, InterruptedException {
    Path log = Files.createDirectories(archive).resolve("daemon.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.kliping.cli.Main",
        "daemon", "--replay", replay.toString(), "--archive", archive.toString()));
    Process daemon = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      awaitPasses(daemon, log, 5, Duration.ofMinutes(3));
      Thread.sleep(idle.toMillis());
      long rss = rss(daemon.pid());
      long[] heap = heap(daemon.pid());
      return new Result(rss, heap[1], heap[0]);
    } finally {
      daemon.destroy();
      daemon.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private static void awaitPasses(Process daemon, Path log, int passes, Duration timeout)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end && daemon.isAlive()) {
      if (Files.readAllLines(log).stream().filter(l -> l.contains("pass done")).count()
          >= passes) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IOException("the daemon did not finish its first passes; see " + log);
  }

  private static long rss(long pid) throws IOException {
    Matcher m = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
    if (!m.find()) {
      throw new IOException("no VmRSS for process " + pid);
    }
    return Long.parseLong(m.group(1)) * 1024;
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

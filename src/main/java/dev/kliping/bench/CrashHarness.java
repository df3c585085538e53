package dev.kliping.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Kills a crawling child JVM with SIGKILL at random moments, over and over, and checks the
 * archive after every kill ({@link CycleCheck}). The child is any command line writing into the
 * workspace's archive from its replay: a one-pass crawl today, the daemon once it exists.
 */
public final class CrashHarness {
  private static final int MAX_PROBLEMS = 50;

  /** The command line of the child that writes into the workspace's archive. */
  @FunctionalInterface
  public interface ChildCommand {
    List<String> command(Workspace ws);

    /** {@code kliping crawl} over the workspace's replay, in a JVM with this classpath. */
    static ChildCommand crawl(String classpath) {
      return ws -> List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          // The child lives a few seconds: the C1 compiler alone starts it faster.
          "-XX:TieredStopAtLevel=1", "-cp", classpath, "dev.kliping.cli.Main", "crawl",
          "--config", ws.config().toString(), "--archive", ws.archive().toString(),
          "--replay", ws.replay().toString(), "--format", "json");
    }
  }

  /**
   * How to run.
   *
   * @param maxKillDelayMillis kills land up to this long into the child's pass
   * @param fromStartPercent share of kills timed from the child's start instead, so some land
   *     while it opens (and recovers) the archive
   */
  public record Options(int cycles, long seed, long maxKillDelayMillis, int fromStartPercent) {
    public Options {
      if (cycles < 1) {
        throw new IllegalArgumentException("cycles must be at least 1: " + cycles);
      }
    }
  }

  private final ChildCommand child;
  private final Consumer<String> progress;

  public CrashHarness(ChildCommand child, Consumer<String> progress) {
    this.child = Objects.requireNonNull(child, "child");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Runs the cycles in the workspace and reports what they found. */
  public CrashReport run(Workspace ws, Options options) throws IOException, InterruptedException {
    Random random = new Random(options.seed());
    long start = System.nanoTime();
    int survived = 0;
    int killed = 0;
    int reported = 0;
    int lost = 0;
    int duplicates = 0;
    int openFiles = 0;
    List<Long> reopen = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int cycle = 1; cycle <= options.cycles(); cycle++) {
      Path log = ws.dir().resolve("child-" + cycle + ".log");
      ChildRun.Ended ended = ChildRun.run(child.command(ws), log, plan(random, options));
      List<ReportedVersions.Reported> versions = ReportedVersions.read(log);
      CycleCheck.Outcome outcome = CycleCheck.check(ws.archive(), versions);
      killed += ended.killed() ? 1 : 0;
      reported += versions.size();
      lost += outcome.lost();
      // The audit sees the whole archive: count a duplicate once, when it first shows.
      duplicates = Math.max(duplicates, outcome.duplicates());
      openFiles += outcome.openFiles();
      reopen.add(outcome.reopenMillis());
      List<String> found = new ArrayList<>(outcome.problems());
      if (!ended.killed() && ended.exitCode() != 0) {
        found.add("the child exited with " + ended.exitCode() + " before it was killed: see "
            + log);
      }
      if (found.isEmpty()) {
        survived++;
      }
      for (String p : found) {
        if (problems.size() < MAX_PROBLEMS) {
          problems.add("cycle " + cycle + ": " + p);
        }
      }
      progress.accept(String.format("cycle %d: %s after %d ms, %d versions reported, reopen %d"
          + " ms, %s", cycle, ended.killed() ? "killed" : "exited " + ended.exitCode(),
          ended.livedMillis(), versions.size(), outcome.reopenMillis(),
          found.isEmpty() ? "ok" : found.size() + " problems"));
    }
    return new CrashReport(options.seed(), options.cycles(), survived, killed, reported, lost,
        duplicates, openFiles, reopen, problems, (System.nanoTime() - start) / 1_000_000);
  }

  private static ChildRun.KillPlan plan(Random random, Options options) {
    boolean fromStart = random.nextInt(100) < options.fromStartPercent();
    // From the start, the JVM, WireMock and the archive take about a second to come up.
    long range = fromStart ? 1_500 : options.maxKillDelayMillis();
    return new ChildRun.KillPlan(fromStart, (long) (random.nextDouble() * range));
  }
}

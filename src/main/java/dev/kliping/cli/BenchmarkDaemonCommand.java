package dev.kliping.cli;

import dev.kliping.bench.SyntheticOutlets;
import dev.kliping.config.DaemonSettings;
import dev.kliping.config.RevisitStep;
import dev.kliping.crawl.RevisitPolicy;
import dev.kliping.bench.IdleFootprint;
import dev.kliping.bench.RevisitSimulation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kliping benchmark-daemon}: requests spent per detected edit under the decaying revisit
 * schedule against a fixed 15-minute revisit, and the heap and RSS of an idle daemon; with
 * {@code --outlets N}, the footprint and first pass of a daemon with N synthetic outlets.
 */
@Command(name = "benchmark-daemon", mixinStandardHelpOptions = true,
    description = "Prints requests per detected edit (decaying vs fixed 15 min revisits) and the"
        + " memory of an idle daemon crawling the bundled replay.")
final class BenchmarkDaemonCommand implements Callable<Integer> {
  @Option(names = "--replay", paramLabel = "DIR", defaultValue = "src/test/resources/replay",
      description = "The replay the idle daemon crawls (default: ${DEFAULT-VALUE}).")
  Path replay;

  @Option(names = "--outlets", paramLabel = "N", defaultValue = "0",
      description = "Instead: a daemon with N synthetic one-site outlets (replay, no rules).")
  int outlets;

  @Option(names = "--articles", paramLabel = "K", defaultValue = "2",
      description = "Articles per synthetic outlet (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--idle-seconds", defaultValue = "20",
      description = "How long the daemon idles after its passes before it is measured.")
  int idleSeconds;

  /** The JVM options of config/kliping.service. */
  static final String SERVICE_OPTIONS = "-Xmx96m -XX:+UseSerialGC -Xss512k"
      + " -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1"
      + " -XX:ReservedCodeCacheSize=32m";

  @Option(names = "--java-options", defaultValue = SERVICE_OPTIONS,
      description = "JVM options of the measured daemon, as in config/kliping.service.")
  String javaOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (outlets > 0) {
      return manyOutlets(out);
    }
    List<Duration> edits = List.of(Duration.ofMinutes(50), Duration.ofHours(5),
        Duration.ofHours(20));
    Path work = Files.createTempDirectory("kliping-bench");
    RevisitSimulation.Result decaying = RevisitSimulation.run(work.resolve("a"),
        new RevisitPolicy(DaemonSettings.DEFAULT_REVISIT), edits, Duration.ofDays(1));
    RevisitSimulation.Result fixed = RevisitSimulation.run(work.resolve("b"),
        new RevisitPolicy(List.of(new RevisitStep("3650d", "15m"))), edits, Duration.ofDays(1));
    out.println("edit tracking: one story, edited at +50m, +5h, +20h, followed for 24 h");
    out.printf("  %-22s %9s %12s %17s%n", "revisit policy", "requests", "edits caught",
        "requests per edit");
    print(out, "decaying (default)", decaying);
    print(out, "fixed every 15 min", fixed);
    out.printf("  ratio (fixed / decaying requests per edit): %.2f%n",
        fixed.requestsPerEdit() / decaying.requestsPerEdit());
    out.flush();
    IdleFootprint.Result idle = IdleFootprint.measure(replay, work.resolve("idle"),
        List.of(javaOptions.trim().split("\\s+")), Duration.ofSeconds(idleSeconds));
    out.printf("idle daemon (5 outlets, %s, after %d s idle): RSS %.1f MB, heap used %.1f MB"
        + " of %.1f MB committed%n", javaOptions, idleSeconds, idle.rssBytes() / 1e6,
        idle.heapUsedBytes() / 1e6, idle.heapCommittedBytes() / 1e6);
    out.flush();
    return 0;
  }

  /** Targets of issue 17 for a hundred outlets, replay included. */
  private static final long RSS_TARGET = 256_000_000L;
  private static final int THREADS_TARGET = 80;

  private int manyOutlets(PrintWriter out) throws Exception {
    if (articles < 1) {
      throw new UsageException("--articles must be at least 1");
    }
    Path work = Files.createTempDirectory("kliping-bench");
    SyntheticOutlets synthetic = new SyntheticOutlets(work, outlets, articles);
    // One cron for all, never crawled: every outlet is due at start, the most a pool can face.
    synthetic.write("0 0 0 * * ?");
    IdleFootprint.Result r = IdleFootprint.measure(synthetic.replay(), synthetic.config(),
        outlets, work.resolve("archive"), List.of(javaOptions.trim().split("\\s+")),
        Duration.ofSeconds(idleSeconds));
    out.printf("daemon with %d synthetic one-site outlets (no rules, %d articles each, one"
        + " replay server, %d passes in parallel)%n", outlets, articles,
        DaemonSettings.DEFAULTS.parallelPasses());
    long stored;
    try (var lines = Files.lines(work.resolve("archive/daemon.log"))) {
      stored = lines.filter(l -> l.contains(": version 1 (")).count();
    }
    out.printf("  first pass over all %d outlets (all due at start): %.1f s, %d of %d articles"
        + " stored%n", outlets, r.firstPasses().toMillis() / 1000.0, stored,
        (long) outlets * articles);
    out.printf("  idle after %d s (%s):%n", idleSeconds, javaOptions);
    out.printf("  RSS %.1f MB (target < %d MB: %s), threads %d (target < %d: %s)%n",
        r.rssBytes() / 1e6, RSS_TARGET / 1_000_000, r.rssBytes() < RSS_TARGET ? "met" : "MISSED",
        r.threads(), THREADS_TARGET, r.threads() < THREADS_TARGET ? "met" : "MISSED");
    out.printf("  heap used %.1f MB of %.1f MB committed%n", r.heapUsedBytes() / 1e6,
        r.heapCommittedBytes() / 1e6);
    IdleFootprint.Stored db = IdleFootprint.stored(work.resolve("archive"));
    out.printf("  stopped with SIGTERM: database %.1f MB, compacted %.1f MB, ratio %.2f (target"
        + " <= 1.5: %s)%n", db.fileBytes() / 1e6, db.compactedBytes() / 1e6, db.ratio(),
        db.ratio() <= 1.5 ? "met" : "MISSED");
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, String name, RevisitSimulation.Result r) {
    out.printf("  %-22s %9d %8d of %d %17.1f%n", name, r.requests(), r.editsCaught(),
        r.editsMade(), r.requestsPerEdit());
  }
}

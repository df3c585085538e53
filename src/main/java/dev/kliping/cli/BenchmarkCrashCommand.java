package dev.kliping.cli;

import dev.kliping.bench.CrashHarness;
import dev.kliping.bench.CrashReport;
import dev.kliping.bench.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kliping benchmark-crash}: kills crawls with SIGKILL and counts what was lost. */
@Command(name = "benchmark-crash", mixinStandardHelpOptions = true,
    description = "Runs crawls of a replay whose articles change on every fetch as child JVMs, "
        + "kills each with SIGKILL at a random moment, reopens and checks the archive, and prints "
        + "cycles survived, versions lost, duplicates and time to reopen. Exit 1 if any was lost.")
final class BenchmarkCrashCommand implements Callable<Integer> {
  @Option(names = "--cycles", defaultValue = "200", description = "Kills (default: ${DEFAULT-VALUE}).")
  int cycles;

  @Option(names = "--articles", defaultValue = "40",
      description = "Articles per pass (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--max-kill-delay", paramLabel = "MS", defaultValue = "2500",
      description = "Kills land up to this long into a pass; a 40-article pass takes about 2 s"
          + " (default: ${DEFAULT-VALUE}).")
  long maxKillDelayMillis;

  @Option(names = "--seed", description = "Random seed for the kill times (default: the clock).")
  Long seed;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Folder for the archive and logs (default: a new temporary folder, kept).")
  Path work;

  @Option(names = "--verbose", description = "Print a line per cycle.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = work != null ? work : Files.createTempDirectory("kliping-crash-");
    Workspace ws = Workspace.create(dir, articles);
    CrashHarness harness = new CrashHarness(
        CrashHarness.ChildCommand.crawl(System.getProperty("java.class.path")),
        line -> {
          if (verbose) {
            out.println(line);
            out.flush();
          }
        });
    CrashReport report = harness.run(ws, new CrashHarness.Options(cycles,
        seed != null ? seed : System.currentTimeMillis(), maxKillDelayMillis, 15));
    out.print(report.format());
    out.println("archive and child logs: " + dir);
    out.flush();
    return report.passed() ? 0 : 1;
  }
}

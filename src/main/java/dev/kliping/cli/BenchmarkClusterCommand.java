package dev.kliping.cli;

import dev.kliping.archive.DatabaseLocation;
import dev.kliping.archive.ScratchDatabase;
import dev.kliping.bench.ClusterRehearsal;
import dev.kliping.bench.ClusterReport;
import dev.kliping.bench.ClusterWorkspace;
import dev.kliping.config.DatabaseSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kliping benchmark-cluster}: daemons sharing a PostgreSQL archive over one replay, first
 * alone, then as a cluster, then as a cluster with one node killed mid-pass.
 */
@Command(name = "benchmark-cluster", mixinStandardHelpOptions = true,
    description = "Runs daemons as child JVMs sharing a PostgreSQL archive over a replay of five"
        + " outlets: one node, then --nodes nodes, then --nodes nodes with one killed (SIGKILL)"
        + " mid-pass. Prints the failover time, pages per second with 1 and with N nodes,"
        + " duplicate versions, lost revisits and how late the others came. Exit 1 if any"
        + " version was duplicated or revisit lost, or a check found a problem.")
final class BenchmarkClusterCommand implements Callable<Integer> {
  private static final Duration LEASE = Duration.ofSeconds(10);

  @Option(names = "--nodes", defaultValue = "3", description = "Nodes (default: ${DEFAULT-VALUE}).")
  int nodes;

  @Option(names = "--articles", defaultValue = "40",
      description = "Articles per outlet, five outlets (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--database", paramLabel = "URL", required = true,
      description = "A PostgreSQL database, jdbc:postgresql://HOST[:PORT]/DATABASE, whose role"
          + " may create databases: each run gets a new one, dropped after it. Password: env "
          + DatabaseSettings.PASSWORD_VARIABLE + ".")
  String database;

  @Option(names = "--host-delay", paramLabel = "MS", defaultValue = "20",
      description = "Delay between two requests to one host, kept across the cluster"
          + " (default: ${DEFAULT-VALUE}).")
  int hostDelayMillis;

  @Option(names = "--revisit-every", paramLabel = "SECONDS", defaultValue = "60",
      description = "How soon a visited article is due again: the revisit load is articles x 5"
          + " / this per second (default: ${DEFAULT-VALUE}).")
  int revisitEverySeconds;

  @Option(names = "--revisit-for", paramLabel = "SECONDS", defaultValue = "120",
      description = "How long after an article is first seen it is revisited; then its"
          + " schedule ends, and the nodes drain what is due (default: ${DEFAULT-VALUE}).")
  int revisitForSeconds;

  @Option(names = "--drain", paramLabel = "SECONDS", defaultValue = "60",
      description = "How long after the schedule's last due time the nodes may take to catch up"
          + " before what is still due counts as lost (default: ${DEFAULT-VALUE}).")
  int drainSeconds;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Folder for the archives and logs (default: a new temporary folder, kept).")
  Path work;

  @Option(names = "--verbose", description = "Print progress.")
  boolean verbose;

  @Spec CommandSpec spec;

  private static String late(ClusterReport r) {
    return String.format(Locale.ROOT, "%.1f / %.1f / %.1f s", r.revisits().late(0.5).toMillis()
        / 1000.0, r.revisits().late(0.95).toMillis() / 1000.0,
        r.revisits().late(1).toMillis() / 1000.0);
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (nodes < 2 || nodes > 8) {
      throw new UsageException("--nodes must be from 2 to 8: " + nodes);
    }
    if (revisitEverySeconds < 5 || revisitEverySeconds > 3600) {
      throw new UsageException("--revisit-every must be from 5 to 3600 s: " + revisitEverySeconds);
    }
    if (revisitForSeconds < revisitEverySeconds || revisitForSeconds > 3600) {
      throw new UsageException("--revisit-for must be from --revisit-every to 3600 s: "
          + revisitForSeconds);
    }
    if (drainSeconds < 10 || drainSeconds > 3600) {
      throw new UsageException("--drain must be from 10 to 3600 s: " + drainSeconds);
    }
    if (articles < 5 || articles > 2000) {
      throw new UsageException("--articles must be from 5 to 2000: " + articles);
    }
    DatabaseLocation server;
    try {
      server = new DatabaseLocation(database, null,
          System.getenv(DatabaseSettings.PASSWORD_VARIABLE));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--database: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    Path dir = work != null ? work : Files.createTempDirectory("kliping-cluster-");
    ClusterReport alone = run(server, dir, 1, false, out);
    ClusterReport together = run(server, dir, nodes, false, out);
    ClusterReport failover = run(server, dir, nodes, true, out);
    int duplicates = alone.duplicateVersions() + together.duplicateVersions()
        + failover.duplicateVersions();
    int lost = alone.lostRevisits() + together.lostRevisits() + failover.lostRevisits();
    int pages = 5 * articles;
    out.printf(Locale.ROOT, "replay: 5 outlets x %d articles (%d pages), host delay %d ms;"
        + " revisits every %d s until %d s after a page is first seen (%.1f due per second),"
        + " drained for up to %d s after; lease %d s, check-in every 2 s%n", articles, pages,
        hostDelayMillis, revisitEverySeconds, revisitForSeconds,
        pages / (double) revisitEverySeconds, drainSeconds, LEASE.toSeconds());
    out.printf(Locale.ROOT, "failover: %.1f s (kill of %s in its passes of %s to the first fetch"
        + " by a survivor for them; target <= 30 s)%n", failover.failoverMillis() / 1000.0,
        failover.killedNode(), failover.cutOutlets());
    out.printf(Locale.ROOT, "pages/s, 1 node: %.1f%n", alone.pagesPerSecond());
    out.printf(Locale.ROOT, "pages/s, %d nodes: %.1f (%.2fx)%n", nodes, together.pagesPerSecond(),
        together.pagesPerSecond() / Math.max(0.001, alone.pagesPerSecond()));
    out.printf(Locale.ROOT, "duplicate versions: %d%n", duplicates);
    out.printf(Locale.ROOT, "lost revisits: %d (of %d, %d, %d booked: due and never visited by"
        + " anyone once the nodes had drained the schedule)%n", lost, alone.revisits().booked(),
        together.revisits().booked(), failover.revisits().booked());
    out.printf(Locale.ROOT, "revisits made by a visit that got no response from the replay: %d,"
        + " %d, %d (each booked the next, as a failed fetch does)%n",
        alone.revisits().unanswered(), together.revisits().unanswered(),
        failover.revisits().unanswered());
    out.printf(Locale.ROOT, "revisits late by (p50 / p95 / max): 1 node %s; %d nodes %s; %d"
        + " nodes, one killed %s%n", late(alone), nodes, late(together), nodes, late(failover));
    out.printf(Locale.ROOT, "pass overlaps: %d, host overlaps: %d%n", alone.passOverlaps()
        + together.passOverlaps() + failover.passOverlaps(), alone.hostOverlaps()
        + together.hostOverlaps() + failover.hostOverlaps());
    out.printf(Locale.ROOT, "stop on SIGTERM: slowest node %.1f s%n", Math.max(
        alone.slowestStopMillis(), Math.max(together.slowestStopMillis(),
            failover.slowestStopMillis())) / 1000.0);
    out.printf(Locale.ROOT, "versions stored: %d, %d, %d; runs took %.0f, %.0f, %.0f s%n",
        alone.versions(), together.versions(), failover.versions(),
        alone.elapsedMillis() / 1000.0, together.elapsedMillis() / 1000.0,
        failover.elapsedMillis() / 1000.0);
    for (ClusterReport r : new ClusterReport[] {alone, together, failover}) {
      r.problems().forEach(p -> out.println("  ! " + TerminalText.safe(p)));
    }
    out.println("archives and node logs: " + dir);
    out.flush();
    boolean ok = alone.ok() && together.ok() && failover.ok() && failover.failoverMillis() >= 0
        && duplicates == 0 && lost == 0;
    return ok ? 0 : 1;
  }

  private ClusterReport run(DatabaseLocation server, Path dir, int n, boolean kill,
      PrintWriter out) throws IOException, InterruptedException {
    String name = n + (kill ? "-nodes-killed" : "-nodes");
    try (ScratchDatabase db = ScratchDatabase.create(server,
        "kliping_bench_" + name.replace('-', '_'))) {
      ClusterWorkspace ws = ClusterWorkspace.create(dir.resolve(name), n, 5, articles,
          Duration.ofSeconds(revisitEverySeconds), Duration.ofSeconds(revisitForSeconds),
          db.location().url(), LEASE);
      ClusterRehearsal rehearsal = new ClusterRehearsal(System.getProperty("java.class.path"),
          line -> {
            if (verbose) {
              out.println(name + ": " + line);
              out.flush();
            }
          });
      return rehearsal.run(ws, db.location(), new ClusterRehearsal.Options(n, kill, 800,
          hostDelayMillis, LEASE, Duration.ofSeconds(drainSeconds), Duration.ofMinutes(5)));
    }
  }
}

package dev.kliping.cli;

import com.fasterxml.jackson.databind.JavaType;
import dev.kliping.archive.Archive;
import dev.kliping.archive.Node;
import dev.kliping.archive.HealthCounts;
import dev.kliping.archive.OutletHealth;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kliping status}: each outlet's health today, its last success and the alerts that say a
 * site may have changed its layout.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Shows each outlet's counts for today, its last success and its alerts.")
final class StatusCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  ArchiveOptions.Format format;

  @Spec CommandSpec spec;

  /**
   * The JSON shape of {@code status} and {@code /api/outlets}: each outlet's health and, for a
   * cluster sharing the archive, each node's last check-in and what it is doing.
   */
  record Report(List<OutletHealth> outlets, List<Node> nodes) {
    Report {
      nodes = nodes == null ? List.of() : nodes;
    }
  }

  @Override
  public Integer call() {
    Settings settings = options.settings();
    Instant now = Clock.systemUTC().instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    JavaType type = Json.type(Report.class);
    Report report = ArchiveAccess.ask(options.archiveDir(settings), options.archiveOptions(settings),
        archive -> Optional.of(local(archive, settings, today, now)), "/api/outlets", Map.of(),
        type)
        .orElseThrow();
    PrintWriter out = spec.commandLine().getOut();
    if (format == ArchiveOptions.Format.json) {
      out.println(Json.line(report));
    } else {
      print(report, out);
    }
    out.flush();
    return 0;
  }

  private static Report local(Archive archive, Settings settings, LocalDate day, Instant now) {
    List<OutletHealth> outlets = new ArrayList<>();
    for (OutletConfig outlet : settings.outlets()) {
      outlets.add(archive.health(outlet.id(), day, now));
    }
    return new Report(outlets, archive.cluster().nodes());
  }

  private static void print(Report report, PrintWriter out) {
    out.printf("%-12s %-22s %5s %5s %5s %5s %5s %5s %5s%n", "outlet", "last success", "disc",
        "fetch", "rules", "gener", "empty", "nodat", "boil");
    for (OutletHealth h : report.outlets()) {
      HealthCounts c = h.today();
      out.printf("%-12s %-22s %5d %5d %5d %5d %5d %5d %5d%n", h.outlet(),
          h.lastSuccess() == null ? "never" : h.lastSuccess().truncatedTo(
              java.time.temporal.ChronoUnit.SECONDS), c.discovered(), c.fetched(),
          c.extractedByRules(), c.fellBackToGeneric(), c.emptyBody(), c.missingDate(),
          c.boilerplateFound());
      for (String alert : h.alerts()) {
        out.println("  ! " + TerminalText.safe(alert));
      }
    }
    if (!report.nodes().isEmpty()) {
      out.printf("%n%-20s %-22s %-22s %s%n", "node", "started", "last check-in", "doing");
      for (Node n : report.nodes()) {
        String doing = n.stoppedAt() != null ? n.note() : n.doing() == null || n.doing().isEmpty()
            ? "idle" : n.doing();
        out.printf("%-20s %-22s %-22s %s%n", TerminalText.safe(n.name()),
            n.startedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
            n.checkedInAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
            TerminalText.safe(doing == null ? "" : doing));
      }
    }
  }
}

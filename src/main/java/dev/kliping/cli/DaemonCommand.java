package dev.kliping.cli;

import dev.kliping.config.Settings;
import dev.kliping.schedule.Daemon;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sun.misc.Signal;

/** {@code kliping daemon}: crawls the outlets on their schedules until stopped. */
@Command(name = "daemon", mixinStandardHelpOptions = true,
    description = "Runs the archiver: outlet passes on their crons, revisits, a read-only API.")
final class DaemonCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Option(names = "--replay", paramLabel = "DIR",
      description = "Serve recorded pages from DIR/<outlet>/ instead of the network.")
  Path replayDir;

  @Option(names = "--replay-delay", paramLabel = "MILLIS", defaultValue = "0",
      description = "With --replay: keep this delay between two requests to one host (default"
          + " none), to rehearse a real crawl's politeness.")
  int replayDelayMillis;

  @Override
  public Integer call() throws Exception {
    Settings settings = options.settings();
    // A daemon with nothing to crawl is a mistake in the configuration: say so now, not never.
    settings.outletsToCrawl();
    if (replayDelayMillis < 0 || replayDelayMillis > 3_600_000) {
      throw new UsageException("--replay-delay must be from 0 to 3600000 ms: " + replayDelayMillis);
    }
    dev.kliping.archive.ArchiveOptions archive = options.archiveOptions(settings);
    // Rows in PostgreSQL may be shared with other daemons: this one is then a node of a cluster.
    if (archive.database() != null) {
      archive = archive.withNode(settings.main().nodeName());
    }
    Daemon daemon = new Daemon(settings, options.archiveDir(settings), archive, replayDir,
        a -> DaemonParts.start(settings, a)).withReplayDelay(replayDelayMillis);
    // SIGTERM (systemd stop, kill) and SIGINT (Ctrl-C) mean: finish, close, exit 0.
    Signal.handle(new Signal("TERM"), signal -> daemon.stop());
    Signal.handle(new Signal("INT"), signal -> daemon.stop());
    daemon.run();
    return 0;
  }
}

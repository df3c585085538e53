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

  @Override
  public Integer call() throws Exception {
    Settings settings = options.settings();
    // A daemon with nothing to crawl is a mistake in the configuration: say so now, not never.
    settings.outletsToCrawl();
    Daemon daemon = new Daemon(settings, options.archiveDir(settings),
        options.archiveOptions(settings), replayDir,
        archive -> DaemonParts.start(settings, archive));
    // SIGTERM (systemd stop, kill) and SIGINT (Ctrl-C) mean: finish, close, exit 0.
    Signal.handle(new Signal("TERM"), signal -> daemon.stop());
    Signal.handle(new Signal("INT"), signal -> daemon.stop());
    daemon.run();
    return 0;
  }
}

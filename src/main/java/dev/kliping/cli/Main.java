package dev.kliping.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kliping} command: archives news and answers questions about the archive. */
@Command(name = "kliping", mixinStandardHelpOptions = true, version = "kliping 0.1",
    description = "Archives news: every version of every story, with raw bytes and diffs.",
    subcommands = {
        CrawlCommand.class,
        DaemonCommand.class,
        BenchmarkDaemonCommand.class,
        StatusCommand.class,
        ExtractCommand.class,
        HistoryCommand.class,
        DiffCommand.class,
        CompareCommand.class,
        ReextractCommand.class,
        BenchmarkChangesCommand.class,
        BenchmarkExtractionCommand.class,
        BackupCommand.class,
        RebuildCommand.class,
        BenchmarkCrashCommand.class,
        BenchmarkClusterCommand.class,
        SearchCommand.class,
        ExportCommand.class,
        ServeCommand.class,
        ReindexCommand.class,
        IndexCommand.class,
        FixturesCommand.class,
        BenchmarkSearchCommand.class,
        BenchmarkCrawlCommand.class,
        BoilerplateCommand.class,
        TryCommand.class,
        OutletCommand.class,
        StoriesCommand.class,
        ReuseCommand.class,
        BenchmarkStoriesCommand.class,
        BenchmarkStartupCommand.class,
        MigrateArchiveCommand.class,
    })
public final class Main implements Runnable {

  public static void main(String[] args) {
    // --debug anywhere: failures print their stack traces as well as their one line.
    List<String> rest = new ArrayList<>(List.of(args));
    boolean debug = rest.removeIf("--debug"::equals);
    System.exit(commandLine(debug).execute(rest.toArray(String[]::new)));
  }

  /** The command line with kliping's exit codes: 2 for bad usage or config, 1 for failure. */
  public static CommandLine commandLine() {
    return commandLine(false);
  }

  /** As {@link #commandLine()}; with debug, failures print their stack traces too. */
  public static CommandLine commandLine(boolean debug) {
    CommandLine cmd = new CommandLine(new Main())
        .setExecutionExceptionHandler(new Failures(debug));
    cmd.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
        new CommandGroups());
    cmd.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
        help -> "%nCommands (kliping COMMAND --help for more; --debug shows stack traces):%n%n"
            .formatted());
    return cmd;
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }
}

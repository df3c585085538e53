package dev.kliping.cli;

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
        BenchmarkChangesCommand.class,
        BenchmarkExtractionCommand.class,
        BackupCommand.class,
        RebuildCommand.class,
        BenchmarkCrashCommand.class,
        SearchCommand.class,
        ExportCommand.class,
        ServeCommand.class,
        ReindexCommand.class,
        IndexCommand.class,
        BenchmarkSearchCommand.class,
        BenchmarkCrawlCommand.class,
        BoilerplateCommand.class,
        StoriesCommand.class,
        ReuseCommand.class,
    })
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with kliping's exit codes: 2 for bad usage or config, 1 for failure. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(new Failures());
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }
}

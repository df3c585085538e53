package dev.kliping.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kliping} command: archives news and answers questions about the archive.
 *
 * <p>A command line names one subcommand, so only that one is built: picocli reads every
 * subcommand's options by reflection when it is added, and building all of them (and loading the
 * classes their fields name) was half the time of {@code kliping --version}. {@code --help}, a
 * bare {@code kliping} and a mistyped command get them all, to list or to suggest.
 */
@Command(name = "kliping", mixinStandardHelpOptions = true, version = "kliping 0.1",
    description = "Archives news: every version of every story, with raw bytes and diffs.")
public final class Main implements Runnable {
  /** Every subcommand, in the order of a plain listing. */
  static final List<Class<?>> COMMANDS = List.of(
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
      MigrateArchiveCommand.class);

  public static void main(String[] args) {
    // --debug anywhere: failures print their stack traces as well as their one line.
    List<String> rest = new ArrayList<>(List.of(args));
    boolean debug = rest.removeIf("--debug"::equals);
    String[] line = rest.toArray(String[]::new);
    System.exit(commandLine(debug, line).execute(line));
  }

  /** The command line with every subcommand and kliping's exit codes (2 bad usage, 1 failure). */
  public static CommandLine commandLine() {
    return commandLine(false);
  }

  /** As {@link #commandLine()}; with debug, failures print their stack traces too. */
  public static CommandLine commandLine(boolean debug) {
    return withCommands(debug, COMMANDS);
  }

  /**
   * The command line to execute args with: as {@link #commandLine(boolean)}, but with only the
   * subcommand args name (none for {@code --version}), so a command starts without building the
   * others.
   */
  public static CommandLine commandLine(boolean debug, String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return withCommands(debug, List.of());
    }
    if (args.length > 0) {
      for (Class<?> command : COMMANDS) {
        if (names(command).contains(args[0])) {
          return withCommands(debug, List.of(command));
        }
      }
    }
    return withCommands(debug, COMMANDS);
  }

  /** A subcommand's name and aliases, from its annotation alone. */
  static List<String> names(Class<?> command) {
    Command spec = command.getAnnotation(Command.class);
    List<String> names = new ArrayList<>(List.of(spec.aliases()));
    names.add(0, spec.name());
    return names;
  }

  private static CommandLine withCommands(boolean debug, List<Class<?>> commands) {
    CommandLine cmd = new CommandLine(new Main());
    for (Class<?> command : commands) {
      cmd.addSubcommand(command);
    }
    cmd.setExecutionExceptionHandler(new Failures(debug));
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

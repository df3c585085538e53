package dev.kliping.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The command list of {@code kliping --help}, grouped by the job at hand instead of one list in
 * which a benchmark sits between {@code daemon} and {@code status}. A command missing from the
 * groups is listed under "other", so a new command is never hidden.
 */
final class CommandGroups implements CommandLine.IHelpSectionRenderer {
  private static final List<Map.Entry<String, List<String>>> GROUPS = List.of(
      Map.entry("Archive", List.of("crawl", "daemon", "serve")),
      Map.entry("Query", List.of("search", "history", "diff", "compare", "stories", "reuse",
          "status", "export")),
      Map.entry("Maintenance", List.of("backup", "rebuild", "reindex", "index",
          "migrate-archive")),
      Map.entry("Outlet tools", List.of("extract", "try", "outlet", "fixtures", "boilerplate")));
  private static final String BENCHMARK = "benchmark-";

  @Override
  public String render(CommandLine.Help help) {
    Map<String, CommandLine> commands = help.commandSpec().commandLine().getSubcommands();
    int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
    StringBuilder out = new StringBuilder();
    List<String> listed = new ArrayList<>();
    for (Map.Entry<String, List<String>> group : GROUPS) {
      List<String> present = group.getValue().stream().filter(commands::containsKey).toList();
      section(out, group.getKey(), present, commands, width);
      listed.addAll(present);
    }
    List<String> benchmarks = commands.keySet().stream()
        .filter(n -> n.startsWith(BENCHMARK)).toList();
    section(out, "Benchmarks", benchmarks, commands, width);
    List<String> other = commands.keySet().stream().filter(n -> !listed.contains(n)
        && !n.startsWith(BENCHMARK) && !n.equals("help")).sorted().toList();
    section(out, "Other", other, commands, width);
    return out.toString();
  }

  private static void section(StringBuilder out, String group, List<String> names,
      Map<String, CommandLine> commands, int width) {
    if (names.isEmpty()) {
      return;
    }
    out.append(group).append(":%n".formatted());
    for (String name : names) {
      String[] description = commands.get(name).getCommandSpec().usageMessage().description();
      // The first sentence: the command's own --help has the rest.
      String first = description.length == 0 ? "" : description[0].split("(?<=\\.) ", 2)[0];
      out.append("  ").append(String.format("%-" + width + "s", name)).append(first)
          .append(System.lineSeparator());
    }
  }
}

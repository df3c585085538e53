package dev.kliping.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the one-shot commands as a user meets them: each a whole child JVM, from start to exit,
 * against a bare JVM on the same class path (nothing but {@link BareParse}). {@code extract}
 * over benchmark pages is set against a bare jsoup parse of the same pages; the other commands
 * against the bare JVM with nothing to do. Every kliping way of starting (a jar, a launcher)
 * runs each command in turn within one round, so load from other work falls on all alike.
 */
public final class StartupBenchmark {
  /** One way to start kliping: a command line up to kliping's arguments, and its label. */
  public record Launch(String label, List<String> command) {}

  /** A command's median over the rounds, and the floor its ratio is taken to. */
  public record Row(String command, String launch, long wallMillis, long cpuMillis,
      Row floor) {}

  private final Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
  private final String classPath;
  private final Path work;

  /**
   * @param classPath the class path the bare JVM runs from (kliping's own)
   * @param work an empty folder for the archive and the children's output
   */
  public StartupBenchmark(String classPath, Path work) {
    this.classPath = classPath;
    this.work = work;
  }

  /** How this JVM's own kliping starts: {@code java -jar} from a jar, else its class path. */
  public Launch self() {
    if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
      return new Launch(classPath, List.of(javaBin.toString(), "-jar", classPath));
    }
    return new Launch("classes", List.of(javaBin.toString(), "-cp", classPath,
        "dev.kliping.cli.Main"));
  }

  /** kliping started from another jar, for before and after in one run. */
  public Launch jar(Path jar) {
    return new Launch(jar.toString(), List.of(javaBin.toString(), "-jar", jar.toString()));
  }

  /**
   * @param pages the pages {@code extract --generic} reads
   * @param replay the replay crawled into the archive the query commands read
   * @param crawl makes the archive (not timed)
   * @param warmups untimed rounds first (they warm the disk cache)
   * @param rounds timed rounds
   */
  public List<Row> run(List<Launch> launches, List<Path> pages, Path replay,
      StartupArchive.Crawl crawl, int warmups, int rounds, PrintWriter progress)
      throws IOException, InterruptedException {
    StartupArchive archive = StartupArchive.make(crawl, replay, work.resolve("archive-work"));
    progress.printf("archive: %d versions of %d pages (%s crawled twice, the second time"
        + " edited); history and diff of %s, search \"%s\"%n", archive.versions(),
        archive.pages(), replay, archive.url(), archive.words());
    progress.flush();
    Map<String, List<String>> commands = commands(pages, archive);
    List<String> bare = List.of(javaBin.toString(), "-cp", classPath, BareParse.class.getName());
    List<String> bareParse = new ArrayList<>(bare);
    pages.forEach(p -> bareParse.add(p.toString()));

    Map<String, List<ChildTimer.Timing>> timings = new LinkedHashMap<>();
    for (int round = 0; round < warmups + rounds; round++) {
      boolean timed = round >= warmups;
      long started = System.nanoTime();
      time(timings, "bare JVM|-", bare, timed);
      time(timings, "bare jsoup parse|-", bareParse, timed);
      for (Map.Entry<String, List<String>> command : commands.entrySet()) {
        for (Launch launch : launches) {
          List<String> line = new ArrayList<>(launch.command());
          line.addAll(command.getValue());
          time(timings, command.getKey() + "|" + launch.label(), line, timed);
        }
      }
      progress.printf("round %d of %d%s: %.0f s%n", round + 1, warmups + rounds,
          timed ? "" : " (untimed)", (System.nanoTime() - started) / 1e9);
      progress.flush();
    }
    return rows(timings);
  }

  private static Map<String, List<String>> commands(List<Path> pages, StartupArchive archive) {
    String dir = archive.dir().toString();
    Map<String, List<String>> commands = new LinkedHashMap<>();
    List<String> extract = new ArrayList<>(List.of("extract", "--generic"));
    pages.forEach(p -> extract.add(p.toString()));
    commands.put("extract --generic " + pages.size() + " pages", extract);
    commands.put("--version", List.of("--version"));
    commands.put("--help", List.of("--help"));
    commands.put("status", List.of("status", "--archive", dir));
    commands.put("history URL", List.of("history", archive.url(), "--archive", dir));
    commands.put("diff URL", List.of("diff", archive.url(), "--archive", dir));
    commands.put("search WORDS", List.of("search", archive.words(), "--archive", dir));
    return commands;
  }

  private void time(Map<String, List<ChildTimer.Timing>> timings, String key, List<String> line,
      boolean timed) throws IOException, InterruptedException {
    ChildTimer.Timing t = ChildTimer.run(line, work.resolve("child.out"));
    if (timed) {
      timings.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
    }
  }

  private static List<Row> rows(Map<String, List<ChildTimer.Timing>> timings) {
    List<Row> rows = new ArrayList<>();
    Row bare = null;
    Row bareParse = null;
    for (Map.Entry<String, List<ChildTimer.Timing>> e : timings.entrySet()) {
      String[] key = e.getKey().split("\\|", 2);
      long wall = median(e.getValue().stream().mapToLong(ChildTimer.Timing::wallMillis).toArray());
      long cpu = median(e.getValue().stream().mapToLong(ChildTimer.Timing::cpuMillis).toArray());
      Row floor = key[0].startsWith("extract") ? bareParse : bare;
      Row row = new Row(key[0], key[1], wall, cpu, floor);
      if (key[0].equals("bare JVM")) {
        bare = row;
      } else if (key[0].equals("bare jsoup parse")) {
        bareParse = row;
      }
      rows.add(row);
    }
    return rows;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** The table: per command and launch, medians and ratios to the row's floor. */
  public static void print(List<Row> rows, PrintWriter out) {
    out.printf("%-28s %-34s %8s %8s %7s %7s%n", "command", "started as", "wall ms", "CPU ms",
        "wall x", "CPU x");
    for (Row r : rows) {
      Row floor = r.floor() == null ? r : r.floor();
      out.printf("%-28s %-34s %8d %8s %7s %7s%n", r.command(), shorten(r.launch()),
          r.wallMillis(), r.cpuMillis() < 0 ? "-" : Long.toString(r.cpuMillis()),
          ratio(r.wallMillis(), floor.wallMillis()), ratio(r.cpuMillis(), floor.cpuMillis()));
    }
    out.flush();
  }

  private static String ratio(long value, long floor) {
    return value < 0 || floor <= 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) value / floor);
  }

  private static String shorten(String label) {
    return label.length() <= 34 ? label : "..." + label.substring(label.length() - 31);
  }

  /** The pages in dir ({@code .html} and {@code .html.gz}), in name order. */
  public static List<Path> pages(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".html.gz"))
          .sorted().toList();
    }
  }
}

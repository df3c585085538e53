package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.export.Csv;
import dev.kliping.search.Moments;
import dev.kliping.search.SearchHit;
import dev.kliping.search.SearchIndex;
import dev.kliping.search.SearchQuery;
import dev.kliping.search.SearchResult;
import dev.kliping.web.DaemonClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import dev.kliping.config.Settings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kliping search QUERY}: full-text search of the archive, latest versions by default.
 * While a daemon owns the archive, the daemon's API answers instead.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Searches the archive (Indonesian stemming: one form of a word finds the others).")
final class SearchCommand implements Callable<Integer> {
  @Mixin ConfigOptions config;
  @Mixin Filters filters;

  @Parameters(paramLabel = "QUERY", arity = "0..1", defaultValue = "",
      description = "Words, \"a phrase\", -excluded; empty for everything the filters allow.")
  String text;

  @Option(names = "--limit", defaultValue = "20", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--all-versions", description = "Every matching version, not only the latest of each page.")
  boolean allVersions;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv.")
  Format format;

  @Option(names = "--raw-csv", description = "CSV cells exactly as archived: no leading ' before"
      + " cells a spreadsheet would run as formulas (=, +, -, @).")
  boolean rawCsv;

  @Spec CommandSpec spec;

  enum Format { table, json, csv }

  enum DateKind { published, captured }

  /** The filters search and export share. */
  static final class Filters {
    @Option(names = "--outlet", paramLabel = "ID", description = "Only this outlet.")
    String outlet;

    @Option(names = "--from", paramLabel = "WHEN", description = "From this day or moment (2024-06-20, 2024-06-20T10:00+07:00).")
    String from;

    @Option(names = "--to", paramLabel = "WHEN", description = "Up to this day (inclusive) or moment (exclusive).")
    String to;

    @Option(names = "--date", defaultValue = "published", description = "The date --from/--to apply to: published or captured.")
    DateKind date;

    @Option(names = "--author", paramLabel = "NAME", description = "Only articles by this author (words of the name).")
    String author;

    @Option(names = "--changed", description = "Only stories the publisher edited after publication (our re-extractions do not count).")
    boolean changed;

    @Option(names = "--substantive", description = "Only stories with at least one substantive publisher edit (not only cosmetic ones).")
    boolean substantive;

    @Option(names = "--corrections", description = "Only stories that carry a notice of correction or update (Ralat, Koreksi, Update:...).")
    boolean corrections;

    @Option(names = "--as-of", paramLabel = "WHEN", description = "The versions that were live at this moment.")
    String asOf;

    SearchQuery query(String text, boolean allVersions, int limit) {
      Instant start = option("--from", () -> Moments.start(from));
      Instant end = option("--to", () -> Moments.end(to));
      Instant moment = option("--as-of", () -> Moments.start(asOf));
      try {
        SearchQuery.DateField field = date == DateKind.captured
            ? SearchQuery.DateField.CAPTURED : SearchQuery.DateField.PUBLISHED;
        return new SearchQuery(text, outlet, start, end, field, author, changed, moment,
            allVersions, limit, substantive, corrections);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
  }

  /** The option's value, or a usage error (exit 2) that names the option. */
  private static <T> T option(String name, Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException(name + ": " + e.getMessage());
    }
  }

  @Override
  public Integer call() {
    SearchQuery query = filters.query(text, allVersions, limit);
    Settings settings = config.settings();
    SearchResult result = search(config.archiveDir(settings), config.archiveOptions(settings),
        query);
    print(result, spec.commandLine().getOut());
    return 0;
  }

  /** Searches the archive, or asks the daemon that has it locked. */
  static SearchResult search(Path dir, dev.kliping.archive.ArchiveOptions options,
      SearchQuery query) {
    ArchiveAccess.Reach reach = ArchiveAccess.open(dir, options);
    if (reach.archive() == null) {
      try (DaemonClient client = new DaemonClient(reach.daemon())) {
        return client.search(query);
      }
    }
    try (Archive archive = reach.archive(); SearchIndex index = SearchIndex.open(archive)) {
      return index.search(query);
    }
  }

  private void print(SearchResult result, PrintWriter out) {
    switch (format) {
      case json -> out.println(Json.line(result));
      case csv -> csv(result, out, rawCsv ? Csv.Cells.RAW : Csv.Cells.GUARDED);
      case table -> table(result, out);
    }
    out.flush();
  }

  private static void table(SearchResult result, PrintWriter out) {
    int i = 0;
    for (SearchHit h : result.hits()) {
      TerminalText.printf(out, "%3d  %-10s  %-10s  v%-3d %s%n     %s%n     %s%n", ++i, h.outlet(),
          h.published() == null ? "-" : h.published().toLocalDate(), h.version(),
          h.title() == null ? "(no title)" : h.title(), h.url(), h.snippet().text());
    }
    out.printf("%d %s match, %d shown%n", result.total(),
        result.total() == 1 ? "version" : "versions", result.hits().size());
  }

  private static void csv(SearchResult result, PrintWriter out, Csv.Cells cells) {
    try {
      Csv csv = new Csv(out, cells);
      csv.row(List.of("url", "outlet", "title", "published", "version", "captured", "snippet"));
      for (SearchHit h : result.hits()) {
        csv.row(List.of(h.url(), h.outlet(), h.title() == null ? "" : h.title(),
            h.published() == null ? "" : h.published().toString(), String.valueOf(h.version()),
            h.captured().toString(), h.snippet().text()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

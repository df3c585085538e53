package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.export.Csv;
import dev.kliping.export.ExportFormat;
import dev.kliping.export.Exporter;
import dev.kliping.export.Progress;
import dev.kliping.search.SearchIndex;
import dev.kliping.search.SearchQuery;
import dev.kliping.web.DaemonClient;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import dev.kliping.config.Settings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kliping export}: the selected versions with metadata and change summaries as JSON Lines
 * or CSV, or the raw captures of their pages as WARC. Streams; every matching version by default.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Exports versions (jsonl, csv) or the raw captures of their pages (warc).")
final class ExportCommand implements Callable<Integer> {
  @Mixin ConfigOptions config;
  @Mixin SearchCommand.Filters filters;

  @Parameters(paramLabel = "QUERY", arity = "0..1", defaultValue = "",
      description = "Words or \"a phrase\" the versions must hold; empty for all.")
  String text;

  @Option(names = "--format", required = true, description = "jsonl, csv, warc or wacz.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Option(names = "--latest", description = "Only each page's latest version.")
  boolean latest;

  @Option(names = "--force", description = "Replace the --out file if it exists.")
  boolean force;

  @Option(names = "--raw-csv", description = "CSV cells exactly as archived: no leading ' before"
      + " cells a spreadsheet would run as formulas (=, +, -, @).")
  boolean rawCsv;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ExportFormat fmt;
    try {
      fmt = ExportFormat.named(format);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    SearchQuery query = filters.query(text, !latest && filters.asOf == null,
        SearchQuery.DEFAULT_LIMIT);
    Settings settings = config.settings();
    Path dir = config.archiveDir(settings);
    dev.kliping.archive.ArchiveOptions options = config.archiveOptions(settings);
    if (out == null) {
      try (OutputStream sink = stdout()) {
        export(dir, options, query, fmt, sink);
      }
      return 0;
    }
    try (OutputFile file = OutputFile.create(out, dir, force)) {
      long n = export(dir, options, query, fmt, file.stream());
      file.commit();
      if (n >= 0) {
        spec.commandLine().getErr().println("kliping: exported " + n + " versions to " + out);
      }
    }
    return 0;
  }

  /** Exports from the archive, or through the daemon that has it locked (then returns -1). */
  private long export(Path dir, dev.kliping.archive.ArchiveOptions options, SearchQuery query,
      ExportFormat fmt, OutputStream sink) {
    ArchiveAccess.Reach reach = ArchiveAccess.open(dir, options);
    if (reach.archive() == null) {
      try (DaemonClient client = new DaemonClient(reach.daemon())) {
        client.export(query, fmt, latest, cells(), sink);
        return -1;
      }
    }
    try (Archive archive = reach.archive(); SearchIndex index = SearchIndex.open(archive)) {
      Exporter exporter = new Exporter(index, archive);
      return exporter.export(query, fmt, cells(), sink,
          Progress.forTerminal(exporter.count(query)));
    }
  }

  private Csv.Cells cells() {
    return rawCsv ? Csv.Cells.RAW : Csv.Cells.GUARDED;
  }

  /** Stdout, buffered (closing it leaves stdout open: picocli's writers may still use it). */
  private static OutputStream stdout() {
    return new BufferedOutputStream(new OutputStream() {
      @Override
      public void write(int b) {
        System.out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        System.out.write(b, off, len);
      }

      @Override
      public void flush() {
        System.out.flush();
      }
    }, 1 << 16);
  }
}

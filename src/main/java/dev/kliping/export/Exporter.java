package dev.kliping.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.kliping.archive.Archive;
import dev.kliping.archive.VersionDetails;
import dev.kliping.search.SearchIndex;
import dev.kliping.search.SearchQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the versions a query selects to JSON Lines, CSV, WARC or WACZ: the index picks them, the
 * archive supplies their rows a batch at a time as they are written, so memory stays flat
 * however many there are. Thread-safe: each export reads its own batches.
 */
public final class Exporter {
  /** Rows fetched per query: few round trips, little memory. */
  private static final int BATCH = 256;
  private static final ObjectWriter JSON = JsonMapping.MAPPER.writerFor(ExportRow.class);

  private final SearchIndex index;
  private final Archive archive;

  public Exporter(SearchIndex index, Archive archive) {
    this.index = index;
    this.archive = archive;
  }

  /** How many versions the query selects, for a progress bar. */
  public long count(SearchQuery query) {
    return index.count(query);
  }

  /** Writes every version the query selects to out (flushed, left open); returns how many. */
  public long export(SearchQuery query, ExportFormat format, OutputStream out,
      Progress progress) {
    return export(query, format, Csv.Cells.GUARDED, out, progress);
  }

  /** As {@link #export(SearchQuery, ExportFormat, OutputStream, Progress)}; cells says how CSV
   * treats formula-like cells. */
  public long export(SearchQuery query, ExportFormat format, Csv.Cells cells, OutputStream out,
      Progress progress) {
    try {
      Sink sink = switch (format) {
        case JSONL -> new TextSink(out, null);
        case CSV -> new TextSink(out, cells);
        case WARC -> new WarcSink(new WarcCopy(archive, out));
        case WACZ -> new WaczSink(new WaczPackage(archive, Instant.now()), out);
      };
      List<Long> batch = new ArrayList<>(BATCH);
      long n = index.forEachMatch(query, match -> {
        batch.add(match.versionId());
        if (batch.size() == BATCH) {
          write(batch, sink, progress);
        }
      });
      write(batch, sink, progress);
      sink.finish();
      out.flush();
      progress.finish();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("export: " + e.getMessage(), e);
    }
  }

  private void write(List<Long> batch, Sink sink, Progress progress) {
    try {
      for (VersionDetails version : archive.versionDetails(batch)) {
        sink.write(ExportRow.of(version));
      }
      for (int i = 0; i < batch.size(); i++) {
        progress.step();
      }
      batch.clear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where exported rows go. */
  private interface Sink {
    void write(ExportRow row) throws IOException;

    void finish() throws IOException;
  }

  private static final class TextSink implements Sink {
    private final Writer w;
    private final Csv csv;

    /** @param cells how CSV cells are written; null for JSON Lines */
    TextSink(OutputStream out, Csv.Cells cells) throws IOException {
      this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      this.csv = cells != null ? new Csv(w, cells) : null;
      if (csv != null) {
        this.csv.row(ExportRow.COLUMNS);
      }
    }

    @Override
    public void write(ExportRow row) throws IOException {
      if (csv != null) {
        csv.row(row.cells());
      } else {
        w.write(JSON.writeValueAsString(row));
        w.write('\n');
      }
    }

    @Override
    public void finish() throws IOException {
      w.flush();
    }
  }

  private record WaczSink(WaczPackage wacz, OutputStream out) implements Sink {
    @Override
    public void write(ExportRow row) throws IOException {
      wacz.add(row);
    }

    @Override
    public void finish() throws IOException {
      try (wacz) {
        wacz.finish(out);
      }
    }
  }

  private record WarcSink(WarcCopy copy) implements Sink {
    @Override
    public void write(ExportRow row) {
      copy.page(row.pageId());
    }

    @Override
    public void finish() {
      // Each record was written through as it was copied.
    }
  }
}

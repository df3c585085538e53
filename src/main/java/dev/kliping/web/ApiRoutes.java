package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.archive.Exchange;
import dev.kliping.export.Csv;
import dev.kliping.export.ExportFormat;
import dev.kliping.export.Exporter;
import dev.kliping.export.Progress;
import dev.kliping.search.Moments;
import dev.kliping.search.SearchIndex;
import dev.kliping.search.SearchQuery;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/**
 * The read-only JSON API under /api/. Every route takes plain parameters (never SQL) and answers
 * JSON, except the raw capture and export downloads.
 */
final class ApiRoutes {
  private final Archive archive;
  private final SearchIndex index;
  private final Outlets outlets;
  private final DayCounts counts;
  private final Exporter exporter;

  ApiRoutes(Archive archive, SearchIndex index, Outlets outlets) {
    this.archive = archive;
    this.index = index;
    this.outlets = outlets;
    this.counts = new DayCounts(archive);
    this.exporter = new Exporter(index, archive);
  }

  void register(Javalin app) {
    app.get("/api/search", ctx -> ctx.json(index.search(Params.search(ctx))));
    app.get("/api/pages", this::page);
    app.get("/api/versions", this::version);
    app.get("/api/diff", this::diff);
    // The nodes of a cluster sharing the archive (none for an archive owned alone).
    app.get("/api/outlets", ctx -> ctx.json(Map.of("outlets", outlets.health(),
        "nodes", archive.cluster().nodes())));
    app.get("/api/counts", this::counts);
    app.get("/api/captures/{id}/raw", this::raw);
    app.get("/api/export", this::export);
  }

  private void page(Context ctx) {
    String url = Params.required(ctx, "url");
    var history = archive.history(url)
        .orElseThrow(() -> new NotFoundResponse("no such page in the archive: " + url));
    ctx.json(new PageView(history, archive.captures(url)));
  }

  private void version(Context ctx) {
    String url = Params.required(ctx, "url");
    Integer number = Params.optionalInt(ctx, "number");
    int n = number != null ? number : latest(url);
    ctx.json(archive.version(url, n).orElseThrow(
        () -> new NotFoundResponse("no version " + n + " of " + url)));
  }

  private int latest(String url) {
    var history = archive.history(url)
        .orElseThrow(() -> new NotFoundResponse("no such page in the archive: " + url));
    if (history.versions().isEmpty()) {
      throw new NotFoundResponse("the page has no versions: " + url);
    }
    return history.versions().get(history.versions().size() - 1).number();
  }

  private void diff(Context ctx) {
    String url = Params.required(ctx, "url");
    Integer from = Params.optionalInt(ctx, "from");
    Integer to = Params.optionalInt(ctx, "to");
    ctx.json(archive.diff(url, from, to).orElseThrow(
        () -> new NotFoundResponse("no such versions of " + url)));
  }

  private void counts(Context ctx) {
    String outlet = Params.blankToNull(ctx.queryParam("outlet"));
    LocalDate to = day(ctx, "to", outlets.today());
    LocalDate from = day(ctx, "from",
        to.isBefore(Moments.FIRST_DAY.plusDays(29)) ? Moments.FIRST_DAY : to.minusDays(29));
    try {
      ctx.json(Map.of("outlet", outlet == null ? "all" : outlet, "from", from, "to", to,
          "days", counts.between(outlet, from, to)));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  private static LocalDate day(Context ctx, String name, LocalDate otherwise) {
    LocalDate day = Params.named(name, () -> Moments.day(ctx.queryParam(name)));
    return day == null ? otherwise : day;
  }

  /**
   * The recorded response, status line and headers and body, as a download only: served as
   * text/plain with nosniff and as an attachment, a browser never renders the archived HTML.
   */
  private void raw(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("a capture id is a number");
    }
    Capture capture = archive.capture(id)
        .filter(Capture::hasResponse)
        .orElseThrow(() -> new NotFoundResponse("no recorded response with capture id " + id));
    Exchange x = archive.read(capture);
    ByteArrayOutputStream out = new ByteArrayOutputStream(x.body().length + 1024);
    StringBuilder head = new StringBuilder();
    head.append(x.protocol()).append(' ').append(x.status()).append(' ')
        .append(x.reason() == null ? "" : x.reason()).append("\r\n");
    x.headers().forEach(h -> head.append(h.getKey()).append(": ").append(h.getValue())
        .append("\r\n"));
    head.append("\r\n");
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(x.body());
    ctx.header(Header.CONTENT_DISPOSITION, "attachment; filename=\"capture-" + id + ".txt\"");
    ctx.contentType("text/plain");
    ctx.result(out.toByteArray());
  }

  /** The export command's output, streamed; the command uses it while a daemon owns the archive. */
  private void export(Context ctx) {
    ExportFormat format;
    try {
      format = ExportFormat.named(Params.required(ctx, "format"));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    SearchQuery query = exportQuery(ctx);
    ctx.header(Header.CONTENT_DISPOSITION,
        "attachment; filename=\"kliping-export." + format.extension() + "\"");
    ctx.contentType(format.mediaType());
    exporter.export(query, format, rawCsv(ctx) ? Csv.Cells.RAW : Csv.Cells.GUARDED,
        ctx.outputStream(), Progress.none());
  }

  private static boolean rawCsv(Context ctx) {
    try {
      return Params.flag(ctx.queryParam("raw_csv"));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("raw_csv: " + e.getMessage());
    }
  }

  /** Exports take every matching version unless as_of or latest narrows them. */
  private static SearchQuery exportQuery(Context ctx) {
    SearchQuery q = Params.search(ctx);
    boolean latestOnly;
    try {
      latestOnly = Params.flag(ctx.queryParam("latest"));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("latest: " + e.getMessage());
    }
    return new SearchQuery(q.text(), q.outlet(), q.from(), q.to(), q.dateField(), q.author(),
        q.changedOnly(), q.asOf(), !latestOnly && q.asOf() == null, q.limit(),
        q.substantiveOnly(), q.correctionsOnly());
  }
}

package dev.kliping.web;

import dev.kliping.archive.Archive;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes only the daemon serves: {@code /metrics} (Prometheus text), {@code /healthz} (the
 * process answers), {@code /readyz} (200, or 503 naming each failing check), and
 * {@code /api/backup}, a consistent copy of the database it holds, so {@code kliping backup}
 * works while it runs. The backup is streamed to the caller, never written where a caller says.
 */
public final class DaemonRoutes {
  private final DaemonMetrics metrics;
  private final Readiness readiness;
  private final Archive archive;

  public DaemonRoutes(DaemonMetrics metrics, Readiness readiness, Archive archive) {
    this.metrics = metrics;
    this.readiness = readiness;
    this.archive = archive;
  }

  void register(Javalin app) {
    app.get("/api/backup", this::backup);
    app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
        .result(metrics.scrape()));
    app.get("/healthz", ctx -> ctx.json(Map.of("status", "ok")));
    app.get("/readyz", this::ready);
  }

  private void backup(Context ctx) throws IOException {
    Path dir = Files.createTempDirectory("kliping-backup");
    Path zip = dir.resolve("kliping-backup.zip");
    try {
      archive.backup(zip);
      ctx.contentType("application/zip");
      ctx.header("Content-Length", Long.toString(Files.size(zip)));
      Files.copy(zip, ctx.outputStream());
    } finally {
      Files.deleteIfExists(zip);
      Files.deleteIfExists(dir);
    }
  }

  private void ready(Context ctx) {
    List<Readiness.Check> checks = readiness.checks();
    Map<String, Object> body = new LinkedHashMap<>();
    List<String> failing = checks.stream().filter(c -> !c.ok())
        .map(c -> c.name() + ": " + c.detail()).toList();
    body.put("status", failing.isEmpty() ? "ready" : "not ready");
    body.put("failing", failing);
    Map<String, Object> all = new LinkedHashMap<>();
    for (Readiness.Check c : checks) {
      all.put(c.name(), Map.of("ok", c.ok(), "detail", c.detail()));
    }
    body.put("checks", all);
    ctx.status(failing.isEmpty() ? 200 : 503).json(body);
  }
}

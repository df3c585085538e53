package dev.kliping.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daemon's routes for monitoring: {@code /metrics} (Prometheus text), {@code /healthz} (the
 * process answers) and {@code /readyz} (200, or 503 naming each failing check).
 */
public final class HealthRoutes {
  private final DaemonMetrics metrics;
  private final Readiness readiness;

  public HealthRoutes(DaemonMetrics metrics, Readiness readiness) {
    this.metrics = metrics;
    this.readiness = readiness;
  }

  void register(Javalin app) {
    app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
        .result(metrics.scrape()));
    app.get("/healthz", ctx -> ctx.json(Map.of("status", "ok")));
    app.get("/readyz", this::ready);
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

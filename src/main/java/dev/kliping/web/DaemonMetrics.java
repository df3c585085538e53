package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.archive.ArchiveGauges;
import dev.kliping.archive.VersionListener;
import dev.kliping.fetch.FetchMeter;
import dev.kliping.search.SearchIndex;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The daemon's figures for Prometheus, scraped from {@code /metrics}: fetches and their latency
 * (through {@link FetchMeter}), versions stored, WARC bytes written, revisits due and overdue,
 * search index lag, database size, each outlet's last successful pass, JVM memory. The archive's
 * figures are read when scraped, at most once a second. Thread-safe.
 */
public final class DaemonMetrics implements VersionListener {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Archive archive;
  private final SearchIndex index;
  private final VersionListener next;
  private final Duration overdueAfter;
  private final Clock clock;
  private volatile Figures figures = new Figures(Instant.EPOCH, null);

  private record Figures(Instant at, ArchiveGauges gauges) {}

  /**
   * @param next told of each version after it is counted (the search index)
   * @param overdueAfter a page due for longer than this is overdue
   */
  public DaemonMetrics(Archive archive, SearchIndex index, VersionListener next,
      List<String> outletIds, Duration overdueAfter, Clock clock) {
    this.archive = Objects.requireNonNull(archive, "archive");
    this.index = Objects.requireNonNull(index, "index");
    this.next = Objects.requireNonNull(next, "next");
    this.overdueAfter = overdueAfter;
    this.clock = clock;
    new JvmMemoryMetrics().bindTo(registry);
    Gauge.builder("kliping.revisits.due", this, m -> m.gauges().due())
        .description("Pages whose next fetch is due").register(registry);
    Gauge.builder("kliping.revisits.overdue", this, m -> m.gauges().overdue())
        .description("Pages due for longer than " + overdueAfter).register(registry);
    for (String kind : List.of("first", "edit:cosmetic", "edit:substantive", "edit",
        "reextraction")) {
      String[] parts = kind.split(":");
      Gauge.builder("kliping.versions", this, m -> m.gauges().byKind().getOrDefault(kind, 0L))
          .tag("cause", parts[0]).tag("significance", parts.length > 1 ? parts[1] : "none")
          .description("Versions in the archive by cause (first, edit, reextraction) and, for"
              + " edits, significance").register(registry);
    }
    Gauge.builder("kliping.reextractions", this,
        m -> m.gauges().byKind().getOrDefault("reextraction", 0L))
        .description("Versions that are re-extractions of bytes already archived")
        .register(registry);
    Gauge.builder("kliping.search.index.lag", this, DaemonMetrics::indexLag).baseUnit("versions")
        .description("Versions stored but not yet searchable").register(registry);
    Gauge.builder("kliping.database.size", this, m -> (double) m.archive.databaseBytes())
        .baseUnit("bytes").description("Size of the archive database (the H2 file, or the PostgreSQL database)").register(registry);
    FunctionCounter.builder("kliping.warc.written", this, m -> m.warcBytes()).baseUnit("bytes")
        .description("Bytes in the archive's WARC files").register(registry);
    for (String outlet : outletIds) {
      Gauge.builder("kliping.outlet.last.success", this, m -> m.lastSuccess(outlet))
          .tag("outlet", outlet).baseUnit("seconds")
          .description("When the outlet's last successful pass ended (Unix time)")
          .register(registry);
    }
  }

  /** A meter for the crawl's HTTP client. */
  public FetchMeter fetchMeter(Map<String, String> outletByHost) {
    return new FetchMeter(registry, outletByHost);
  }

  @Override
  public void stored(String outletId, String url, int versionNumber) {
    Counter.builder("kliping.versions.stored").description("Versions stored, first or edit")
        .tag("outlet", outletId).tag("kind", versionNumber == 1 ? "first" : "edit")
        .register(registry).increment();
    next.stored(outletId, url, versionNumber);
  }

  /** The figures in Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }

  /** Versions stored but not in the search index; the readiness check reads it too. */
  long indexLag() {
    return Math.max(0, gauges().versions() - index.size());
  }

  private ArchiveGauges gauges() {
    Figures f = figures;
    Instant now = clock.instant();
    if (f.gauges() == null || Duration.between(f.at(), now).toMillis() > 1000) {
      f = new Figures(now, archive.gauges(now, now.minus(overdueAfter)));
      figures = f;
    }
    return f.gauges();
  }

  private double lastSuccess(String outlet) {
    Instant now = clock.instant();
    Instant last = archive.health(outlet, LocalDate.ofInstant(now, ZoneOffset.UTC), now)
        .lastSuccess();
    return last == null ? Double.NaN : last.getEpochSecond();
  }

  private double warcBytes() {
    long total = 0;
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(archive.warcDir(), "*.warc.gz*")) {
      for (Path f : files) {
        total += size(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return total;
  }

  private static double size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      // A file renamed between listing and sizing (.open to final) counts at the next scrape.
      return 0;
    }
  }
}

package dev.kliping.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An outlet's health on one day: its counts, when a pass last got anything from it, and the
 * alerts those figures raise (plain sentences for an archivist).
 */
public record OutletHealth(String outlet, Instant lastSuccess, LocalDate day, HealthCounts today,
    List<String> alerts) {

  public OutletHealth {
    alerts = List.copyOf(alerts);
  }
}

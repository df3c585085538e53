package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.archive.OutletHealth;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The outlets to show: the configured ones first, then any others the archive holds pages of. */
final class Outlets {
  private final Archive archive;
  private final List<String> configured;
  private final Clock clock;

  Outlets(Archive archive, List<String> configured, Clock clock) {
    this.archive = archive;
    this.configured = List.copyOf(configured);
    this.clock = clock;
  }

  List<String> ids() {
    Set<String> ids = new LinkedHashSet<>(configured);
    ids.addAll(archive.outletIds());
    return new ArrayList<>(ids);
  }

  /** Each outlet's figures for today (UTC) and the alerts they raise now. */
  List<OutletHealth> health() {
    List<OutletHealth> out = new ArrayList<>();
    for (String id : ids()) {
      out.add(health(id));
    }
    return out;
  }

  OutletHealth health(String id) {
    Instant now = clock.instant();
    return archive.health(id, LocalDate.ofInstant(now, ZoneOffset.UTC), now);
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}

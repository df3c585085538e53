package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.testing.CliRun;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status} lists the nodes of a cluster: last check-in and what each is doing. */
class StatusNodesTest {
  private static final Instant T0 = Instant.parse("2026-12-02T03:00:00Z");

  @TempDir Path dir;

  @Test
  void statusShowsEachNodesCheckInAndWork() {
    Path archive = dir.resolve("archive");
    try (Archive a = Archive.open(archive)) {
      a.cluster().started("crawler-1", T0);
      a.cluster().checkIn("crawler-1", T0.plusSeconds(5), "pass kompas");
      a.cluster().started("crawler-2", T0);
      a.cluster().stopped("crawler-2", T0.plusSeconds(9));
    }
    CliRun text = CliRun.of("status", "--archive", archive.toString());
    assertEquals(0, text.exitCode(), text::toString);
    String line = text.out().lines().filter(l -> l.startsWith("crawler-1")).findFirst()
        .orElseThrow(() -> new AssertionError(text.out()));
    assertTrue(line.contains("2026-12-02T03:00:05Z") && line.endsWith("pass kompas"), line);
    assertTrue(text.out().lines().anyMatch(l -> l.startsWith("crawler-2") && l.endsWith("stopped")),
        text.out());

    CliRun json = CliRun.of("status", "--archive", archive.toString(), "--format", "json");
    assertEquals(0, json.exitCode(), json::toString);
    assertTrue(json.out().contains("\"nodes\":[{\"name\":\"crawler-1\"")
        && json.out().contains("\"doing\":\"pass kompas\""), json.out());
  }

  @Test
  void anArchiveOwnedAloneShowsNoNodes() {
    Path archive = dir.resolve("alone");
    try (Archive a = Archive.open(archive)) {
      // nothing: no daemon of a cluster ever checked in
    }
    CliRun text = CliRun.of("status", "--archive", archive.toString());
    assertEquals(0, text.exitCode(), text::toString);
    assertTrue(text.out().lines().noneMatch(l -> l.startsWith("node ")), text.out());
  }
}

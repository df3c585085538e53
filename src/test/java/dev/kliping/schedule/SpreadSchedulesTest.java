package dev.kliping.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.OutletRules;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

/**
 * A hundred outlets without a cron, in real Quartz on a real archive: their first passes are
 * spread over the default interval, not all at start-up, and a restart keeps every outlet's slot.
 */
class SpreadSchedulesTest {
  private static final Duration INTERVAL = Duration.ofMinutes(30);

  @TempDir Path dir;

  @Test
  void aHundredOutletsFirstPassesAreSpreadOverTheInterval() throws Exception {
    List<OutletConfig> outlets = IntStream.range(0, 100)
        .mapToObj(i -> outlet(String.format("situs%03d", i))).toList();
    Instant now = Instant.parse("2026-12-02T01:07:31Z");
    try (Archive archive = Archive.open(dir.resolve("archive"))) {
      Scheduler scheduler = scheduler(archive, outlets);
      try {
        Schedules.align(scheduler, outlets, INTERVAL, 60, id -> null, now);
        List<Instant> firsts = firstPasses(scheduler, outlets);

        for (Instant first : firsts) {
          assertTrue(first.isAfter(now) && !first.isAfter(now.plus(INTERVAL)),
              first + " within one interval of " + now);
        }
        Map<Long, Integer> perMinute = new HashMap<>();
        int[] perTenth = new int[10];
        for (Instant first : firsts) {
          long ms = Duration.between(now, first).toMillis();
          perMinute.merge(ms / 60_000, 1, Integer::sum);
          perTenth[(int) Math.min(9, ms * 10 / INTERVAL.toMillis())]++;
        }
        int busiestMinute = perMinute.values().stream().max(Integer::compare).orElseThrow();
        assertTrue(busiestMinute <= 10, "at most 10 of 100 start in one minute: " + perMinute);
        for (int tenth : perTenth) {
          assertTrue(tenth >= 3 && tenth <= 25, "every tenth of the interval has its share: "
              + java.util.Arrays.toString(perTenth));
        }
        for (OutletConfig outlet : outlets) {
          assertEquals(1, scheduler.getTriggersOfJob(JobKey.jobKey(outlet.id(),
              Schedules.PASSES)).size(), "no pass fired at once for " + outlet.id());
        }

        // A restart an hour later keeps each outlet's slot in the interval.
        Schedules.align(scheduler, outlets, INTERVAL, 60, id -> null,
            now.plus(Duration.ofMinutes(61)));
        List<Instant> again = firstPasses(scheduler, outlets);
        for (int i = 0; i < outlets.size(); i++) {
          assertEquals(0, Duration.between(firsts.get(i), again.get(i)).toMillis()
              % INTERVAL.toMillis(), outlets.get(i).id());
        }
      } finally {
        scheduler.shutdown(false);
      }
    }
  }

  @Test
  void aSlotIsStableAndWithinTheInterval() {
    Duration offset = PassSlots.offset("kompastv", INTERVAL);
    assertEquals(offset, PassSlots.offset("kompastv", INTERVAL));
    assertTrue(!offset.isNegative() && offset.compareTo(INTERVAL) < 0, offset.toString());
    Instant now = Instant.parse("2026-12-02T01:00:00Z");
    Instant next = PassSlots.next("kompastv", INTERVAL, now);
    assertTrue(PassSlots.inStep("kompastv", INTERVAL, next));
    assertEquals(next, PassSlots.next("kompastv", INTERVAL, next.minusMillis(1)));
    assertEquals(next.plus(INTERVAL), PassSlots.next("kompastv", INTERVAL, next));
  }

  private static Scheduler scheduler(Archive archive, List<OutletConfig> outlets)
      throws Exception {
    return Schedules.create(archive.dataSource(),
        new DaemonContext(null, outlets, new OutletLocks(), 1, NodeWork.alone()), false, 2);
  }

  private static List<Instant> firstPasses(Scheduler scheduler, List<OutletConfig> outlets)
      throws Exception {
    List<Instant> firsts = new ArrayList<>();
    for (OutletConfig outlet : outlets) {
      Trigger t = scheduler.getTrigger(TriggerKey.triggerKey(outlet.id(), Schedules.PASSES));
      firsts.add(t.getStartTime().toInstant());
    }
    return firsts;
  }

  private static OutletConfig outlet(String id) {
    String host = id + ".example";
    return new OutletConfig(id, id, List.of(host), List.of("https://" + host + "/rss"),
        List.of(), List.of(), null, List.of("https://" + host + "/berita/[0-9]+"), null, null,
        "id", OutletRules.NONE);
  }
}

package dev.kliping.bench;

import dev.kliping.archive.Archive;
import dev.kliping.archive.ArchiveOptions;
import dev.kliping.archive.Audit;
import dev.kliping.archive.DatabaseLocation;
import dev.kliping.archive.Fetched;
import dev.kliping.archive.OutletPass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.HttpUrl;

/**
 * Runs a cluster of daemons (child JVMs) over one PostgreSQL archive and a replay, optionally
 * kills one with SIGKILL in the middle of a pass, lets the survivors take over, stops them as
 * systemd would, and checks the archive from its own records: every article's versions (none
 * twice, none missing), the WARC records behind every capture row, no outlet pass and no host
 * served by two nodes at one moment, and every revisit booked made. The revisit schedule ends
 * (the workspace's revisitFor), so after the work the survivors drain it: what is still due then
 * was lost, and how late the others came is measured apart.
 */
public final class ClusterRehearsal {
  private static final Pattern PASS_START = Pattern.compile("(\\S+): \\d+ articles discovered");
  private static final long POLL_MILLIS = 500;
  /** How long a node told to stop may take before it is killed, as systemd's stop timeout. */
  private static final long STOP_LIMIT_MILLIS = 60_000;
  /** A node that takes longer than this to stop held on to work it should have left. */
  private static final long STOP_PROMPT_MILLIS = 10_000;

  /**
   * How to run.
   *
   * @param killDelayMillis with {@code kill}, how long after a node starts a pass it is killed
   * @param replayDelayMillis the per-host delay the nodes keep (checked between requests)
   * @param drain once every article has a version and the revisit schedule has handed out its
   *     last due time (revisitFor and one interval later), how long the nodes may take to catch
   *     up before what is still due counts as lost
   * @param limit the longest the rehearsal may take before it gives up
   */
  public record Options(int nodes, boolean kill, long killDelayMillis, int replayDelayMillis,
      Duration lease, Duration drain, Duration limit) {
    public Options {
      if (nodes < 1 || nodes > 16) {
        throw new IllegalArgumentException("nodes must be from 1 to 16: " + nodes);
      }
      if (kill && nodes < 2) {
        throw new IllegalArgumentException("killing a node needs another to take over");
      }
    }
  }

  private final String classpath;
  private final Consumer<String> progress;

  public ClusterRehearsal(String classpath, Consumer<String> progress) {
    this.classpath = Objects.requireNonNull(classpath, "classpath");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  public ClusterReport run(ClusterWorkspace ws, DatabaseLocation database, Options o)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    List<String> problems = new ArrayList<>();
    List<NodeProcess> nodes = new ArrayList<>();
    for (int n = 1; n <= o.nodes(); n++) {
      nodes.add(NodeProcess.daemon(ws, n, classpath, o.replayDelayMillis()));
    }
    NodeProcess victim = null;
    Instant killedAt = null;
    List<String> cut = new ArrayList<>();
    Map<Long, List<Instant>> dueHistory;
    Instant end;
    long slowestStop = 0;
    // Watches as a node of its own name: it locks and recovers no one else's WARC files.
    try (Archive watch = openWatching(ws, database, o)) {
      DueLog dues = DueLog.start(watch.cluster());
      try {
        if (o.kill()) {
          victim = firstInAPass(nodes, start, o);
          Thread.sleep(o.killDelayMillis());
          victim.kill();
          killedAt = Instant.now();
          String dead = victim.name;
          watch.cluster().passes().stream()
              .filter(p -> p.node().equals(dead) && p.endedAt() == null)
              .forEach(p -> cut.add(p.outletId()));
          progress.accept("killed " + dead + " (SIGKILL) in its passes of " + cut);
        }
        awaitDone(watch, ws, nodes, victim, killedAt, cut, start, o);
        drain(watch, ws, nodes, victim, o);
      } finally {
        // As systemd stops a unit: SIGTERM, then SIGKILL if it has not ended in time.
        for (NodeProcess node : nodes) {
          if (!node.alive()) {
            continue;
          }
          long stopping = System.nanoTime();
          int exit = node.stop(STOP_LIMIT_MILLIS);
          long took = (System.nanoTime() - stopping) / 1_000_000;
          slowestStop = Math.max(slowestStop, took);
          if (exit != 0) {
            problems.add(node.name + " did not stop cleanly on SIGTERM (exit " + exit + " after "
                + took + " ms): see " + node.log);
          } else if (took > STOP_PROMPT_MILLIS) {
            problems.add(node.name + " took " + took + " ms to stop on SIGTERM: see " + node.log);
          }
        }
        end = Instant.now();
        dues.close();
      }
      dueHistory = dues.history();
      if (dues.failedReads() > 0) {
        problems.add(dues.failedReads() + " reads of the due times failed");
      }
    }
    return check(ws, database, o, victim, killedAt, cut, dueHistory, end, problems,
        (System.nanoTime() - start) / 1_000_000, slowestStop, nodes);
  }

  /**
   * Lets the nodes work off the revisit schedule: returns once no page is due any more (every
   * page's revisits have ended), or once the schedule's last due time plus the drain allowance
   * has passed.
   */
  private void drain(Archive watch, ClusterWorkspace ws, List<NodeProcess> nodes,
      NodeProcess victim, Options o) throws IOException, InterruptedException {
    // Every page was first seen by now: its last due time is at most revisitFor plus one
    // interval away (a visit at an age under revisitFor books one more).
    Instant until = Instant.now().plus(ws.revisitFor()).plus(ws.revisitEvery())
        .plus(o.drain());
    progress.accept("every article has a version; draining the revisit schedule (at most until "
        + until + ")");
    while (Instant.now().isBefore(until)) {
      long scheduled = watch.cluster().dues().stream().filter(d -> d.due() != null).count();
      if (scheduled == 0) {
        progress.accept("every page's revisits have ended");
        return;
      }
      for (NodeProcess node : nodes) {
        if (node != victim && !node.alive()) {
          throw new IOException(node.name + " ended by itself: see " + node.log);
        }
      }
      Thread.sleep(POLL_MILLIS);
    }
    progress.accept("drain time is up with pages still scheduled");
  }

  private static Archive openWatching(ClusterWorkspace ws, DatabaseLocation database,
      Options o) throws InterruptedException {
    // The nodes create the schema; wait for the first of them to have done so.
    long until = System.nanoTime() + o.limit().toNanos();
    while (true) {
      try {
        return Archive.open(ws.archive(), ArchiveOptions.defaults().withDatabase(database)
            .withNode("rehearsal-watch"));
      } catch (RuntimeException e) {
        if (System.nanoTime() > until) {
          throw e;
        }
        Thread.sleep(POLL_MILLIS);
      }
    }
  }

  /** The first node whose log says it started a pass. */
  private static NodeProcess firstInAPass(List<NodeProcess> nodes, long start, Options o)
      throws IOException, InterruptedException {
    while (true) {
      for (NodeProcess node : nodes) {
        if (PASS_START.matcher(node.logText()).find()) {
          return node;
        }
        if (!node.alive()) {
          throw new IOException(node.name + " ended before any pass: see " + node.log);
        }
      }
      if (System.nanoTime() - start > o.limit().toNanos()) {
        throw new IOException("no node started a pass within " + o.limit());
      }
      Thread.sleep(20);
    }
  }

  /** Waits until every article has a version and every cut pass has run again elsewhere. */
  private void awaitDone(Archive watch, ClusterWorkspace ws, List<NodeProcess> nodes,
      NodeProcess victim, Instant killedAt, List<String> cut, long start, Options o)
      throws IOException, InterruptedException {
    int articles = ws.outlets() * ws.articles();
    while (true) {
      Set<Long> withVersion = new HashSet<>();
      for (Fetched f : watch.cluster().fetched()) {
        if (f.version() != null) {
          withVersion.add(f.pageId());
        }
      }
      boolean resumed = cut.stream().allMatch(outlet -> watch.cluster().passes().stream()
          .anyMatch(p -> p.outletId().equals(outlet) && !p.node().equals(victim.name)
              && !p.startedAt().isBefore(killedAt) && p.endedAt() != null));
      if (withVersion.size() >= articles && resumed) {
        return;
      }
      for (NodeProcess node : nodes) {
        if (node != victim && !node.alive()) {
          throw new IOException(node.name + " ended by itself: see " + node.log);
        }
      }
      if (System.nanoTime() - start > o.limit().toNanos()) {
        throw new IOException("after " + o.limit() + " only " + withVersion.size() + " of "
            + articles + " articles have a version" + (resumed ? "" : ", and the cut passes of "
            + cut + " have not run again"));
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  private ClusterReport check(ClusterWorkspace ws, DatabaseLocation database, Options o,
      NodeProcess victim, Instant killedAt, List<String> cut, Map<Long, List<Instant>> dues,
      Instant end, List<String> problems, long elapsed, long slowestStop,
      List<NodeProcess> nodes) throws IOException {
    List<Path> leftOpen;
    try (Stream<Path> files = Files.list(ws.archive().resolve("warc"))) {
      leftOpen = files.filter(f -> f.toString().endsWith(".open")).toList();
    }
    if (!leftOpen.isEmpty()) {
      problems.add("WARC files still open after the survivors stopped: " + leftOpen);
    }
    try (Archive archive = Archive.open(ws.archive(),
        ArchiveOptions.defaults().withDatabase(database))) {
      Audit audit = archive.audit();
      problems.addAll(audit.problems());
      List<Fetched> fetched = archive.cluster().fetched();
      List<OutletPass> passes = archive.cluster().passes();
      int doubles = doubleVisits(fetched, ws.revisitEvery(), problems);
      int hostOverlaps = hostOverlaps(fetched, o.replayDelayMillis(), problems);
      int passOverlaps = passOverlaps(passes, victim, killedAt, problems);
      for (NodeProcess node : nodes) {
        for (ReportedVersions.Reported r : ReportedVersions.read(node.log)) {
          if (archive.version(r.url(), r.number()).isEmpty()) {
            problems.add(node.name + " reported version " + r.number() + " of " + r.url()
                + " stored, but it is missing");
          }
        }
      }
      long versions = fetched.stream().filter(f -> f.version() != null).count();
      RevisitCheck revisits = RevisitCheck.of(dues, archive.cluster().visits(), end);
      revisits.lostDetails().stream().limit(10).forEach(problems::add);
      if (revisits.missed() > 0) {
        problems.add(revisits.missed() + " due times were handed out but not recorded: the"
            + " revisit figures do not cover them");
      }
      if (revisits.pending() > 0) {
        problems.add(revisits.pending() + " revisits were still to come when the nodes stopped:"
            + " the schedule had not ended");
      }
      long failover = victim == null ? -1 : failover(fetched, passes, victim.name, killedAt, cut,
          problems);
      return new ClusterReport(o.nodes(), ws.outlets() * ws.articles(), versions,
          pagesPerSecond(fetched), victim == null ? null : victim.name, cut, failover,
          audit.duplicates() + doubles, revisits, passOverlaps, hostOverlaps, problems, elapsed,
          slowestStop);
    }
  }

  /** Two versions of one page fetched closer than the revisit interval: one due time, two visits. */
  private static int doubleVisits(List<Fetched> fetched, Duration every, List<String> problems) {
    Map<Long, Fetched> last = new HashMap<>();
    int doubles = 0;
    for (Fetched f : fetched) {
      if (f.version() == null) {
        continue;
      }
      Fetched before = last.put(f.pageId(), f);
      if (before != null && Duration.between(before.fetchedAt(), f.fetchedAt())
          .compareTo(every) < 0) {
        doubles++;
        problems.add(f.url() + ": versions " + before.version() + " and " + f.version()
            + " fetched " + Duration.between(before.fetchedAt(), f.fetchedAt()).toMillis()
            + " ms apart (by " + before.warcFile() + " and " + f.warcFile() + ")");
      }
    }
    return doubles;
  }

  /** Two responses from one host closer than the per-host delay: two requests at once. */
  private static int hostOverlaps(List<Fetched> fetched, int delayMillis, List<String> problems) {
    if (delayMillis == 0) {
      return 0;
    }
    Map<String, Fetched> last = new HashMap<>();
    int overlaps = 0;
    for (Fetched f : fetched) {
      HttpUrl url = HttpUrl.parse(f.url());
      Fetched before = url == null ? null : last.put(url.host(), f);
      if (before != null && Duration.between(before.fetchedAt(), f.fetchedAt()).toMillis()
          < delayMillis) {
        overlaps++;
        problems.add(url.host() + ": two responses " + Duration.between(before.fetchedAt(),
            f.fetchedAt()).toMillis() + " ms apart (" + before.warcFile() + ", " + f.warcFile()
            + ")");
      }
    }
    return overlaps;
  }

  private static int passOverlaps(List<OutletPass> passes, NodeProcess victim,
      Instant killedAt, List<String> problems) {
    Map<String, Instant> busyUntil = new HashMap<>();
    int overlaps = 0;
    for (OutletPass p : passes.stream().filter(p -> p.kind().equals(OutletPass.PASS))
        .sorted(Comparator.comparing(OutletPass::startedAt)).toList()) {
      Instant end = p.endedAt() != null ? p.endedAt()
          : victim != null && p.node().equals(victim.name) ? killedAt : Instant.MAX;
      Instant before = busyUntil.get(p.outletId());
      if (before != null && p.startedAt().isBefore(before)) {
        overlaps++;
        problems.add(p.outletId() + ": a pass by " + p.node() + " started at " + p.startedAt()
            + " while another ran until " + before);
      }
      busyUntil.merge(p.outletId(), end, (a, b) -> a.isAfter(b) ? a : b);
    }
    return overlaps;
  }

  /** Kill to the first fetch, by a survivor, for a cut pass: the slowest of the cut outlets. */
  private static long failover(List<Fetched> fetched, List<OutletPass> passes, String dead,
      Instant killedAt, List<String> cut, List<String> problems) {
    if (cut.isEmpty()) {
      problems.add("the kill landed outside any pass");
      return -1;
    }
    long slowest = 0;
    for (String outlet : cut) {
      Instant resumed = passes.stream().filter(p -> p.outletId().equals(outlet)
              && !p.node().equals(dead) && !p.startedAt().isBefore(killedAt))
          .map(OutletPass::startedAt).min(Comparator.naturalOrder()).orElse(null);
      String host = ClusterWorkspace.host(outlet);
      Fetched first = resumed == null ? null : fetched.stream()
          .filter(f -> !f.fetchedAt().isBefore(resumed) && host.equals(hostOf(f))
              && !f.warcFile().startsWith("kliping-" + dead + "-"))
          .findFirst().orElse(null);
      if (first == null) {
        problems.add(outlet + ": no survivor fetched for its cut pass");
        continue;
      }
      slowest = Math.max(slowest, Duration.between(killedAt, first.fetchedAt()).toMillis());
    }
    return slowest;
  }

  private static String hostOf(Fetched f) {
    HttpUrl url = HttpUrl.parse(f.url());
    return url == null ? null : url.host();
  }

  /** Articles given their first version per second of the crawl's own records. */
  private static double pagesPerSecond(List<Fetched> fetched) {
    if (fetched.isEmpty()) {
      return 0;
    }
    Instant first = fetched.get(0).fetchedAt();
    List<Fetched> firsts = fetched.stream().filter(f -> Integer.valueOf(1).equals(f.version()))
        .toList();
    if (firsts.isEmpty()) {
      return 0;
    }
    Instant last = firsts.get(firsts.size() - 1).fetchedAt();
    double seconds = Math.max(1, Duration.between(first, last).toMillis()) / 1000.0;
    return firsts.size() / seconds;
  }
}

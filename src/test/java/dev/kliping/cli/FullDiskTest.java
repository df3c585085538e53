package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kliping.testing.CliRun;
import dev.kliping.testing.ExportedVersions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a crawl: one line naming the path, exit 1, no stack trace, and
 * every version archived before still there once space is freed. The disk is a real one: a
 * 4 MB tmpfs, filled but for a few KB, mounted in a private mount namespace ({@code unshare}), so
 * the crawl's own writes (WARC records, the database) hit ENOSPC where they really happen.
 * Skipped where Linux mount namespaces are not available.
 */
class FullDiskTest {
  private static final String SCRIPT = """
      set -u
      mount -t tmpfs -o size=4096k tmpfs "$M" || exit 97
      cp -a "$A"/. "$M"/
      avail=$(df -k "$M" | tail -1 | awk '{print $4}')
      dd if=/dev/zero of="$M/filler" bs=1k count=$((avail - 40)) 2>/dev/null
      "$JAVA" -cp "$CP" dev.kliping.cli.Main crawl --archive "$M" --replay "$REPLAY" --outlet epochtimes \\
          >"$D/out.txt" 2>"$D/err.txt"
      echo $? > "$D/rc.txt"
      rm "$M/filler"
      mkdir "$D/after" && cp -a "$M"/. "$D/after"/
      """;

  @TempDir Path dir;

  @Test
  void aFullDiskIsOneLineNamingThePathAndLosesNothingArchived() throws Exception {
    List<String> unshare = unshare();
    assumeTrue(unshare != null, "no mount namespaces here (unshare -m)");
    Path archive = dir.resolve("archive");
    CliRun first = CliRun.of("crawl", "--archive", archive.toString(), "--replay",
        "src/test/resources/replay", "--outlet", "kompastv");
    assertEquals(0, first.exitCode(), first::toString);
    Map<String, String> before = latest(archive);
    assertEquals(2, before.size(), before.toString());

    Path mount = Files.createDirectory(dir.resolve("disk"));
    Files.writeString(dir.resolve("full.sh"), SCRIPT);
    ProcessBuilder pb = new ProcessBuilder(concat(unshare, "sh", dir.resolve("full.sh").toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("sh.txt").toFile());
    Map<String, String> env = pb.environment();
    env.put("M", mount.toString());
    env.put("A", archive.toAbsolutePath().toString());
    env.put("D", dir.toAbsolutePath().toString());
    env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    env.put("CP", System.getProperty("java.class.path"));
    env.put("REPLAY", Path.of("src/test/resources/replay").toAbsolutePath().toString());
    Process p = pb.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the crawl on a full disk did not end");
    assumeTrue(p.exitValue() != 97, "tmpfs cannot be mounted here");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("sh.txt")));

    String err = Files.readString(dir.resolve("err.txt"));
    assertEquals("1", Files.readString(dir.resolve("rc.txt")).strip(), err);
    List<String> ours = err.lines().filter(l -> l.startsWith("kliping:")).toList();
    assertEquals(1, ours.size(), err);
    assertTrue(ours.get(0).startsWith("kliping: disk full: cannot write " + mount), err);
    assertTrue(ours.get(0).contains("No space left on device"), err);
    assertFalse(err.contains("\tat "), "no stack trace without --debug:\n" + err);

    Map<String, String> after = latest(dir.resolve("after"));
    for (Map.Entry<String, String> version : before.entrySet()) {
      assertEquals(version.getValue(), after.get(version.getKey()), version.getKey());
    }
  }

  /** url → title and body of each page's latest version, as exported. */
  private Map<String, String> latest(Path archive) throws Exception {
    return ExportedVersions.latest(archive, dir.resolve(archive.getFileName() + ".jsonl"));
  }

  /* unshare -m as root, unshare -rm (a user namespace) otherwise; null when neither runs. */
  private static List<String> unshare() throws Exception {
    if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
      return null;
    }
    for (List<String> cmd : List.of(List.of("unshare", "-m"), List.of("unshare", "-rm"))) {
      try {
        Process p = new ProcessBuilder(concat(cmd, "true")).redirectErrorStream(true).start();
        if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return cmd;
        }
      } catch (java.io.IOException e) {
        return null;
      }
    }
    return null;
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> all = new java.util.ArrayList<>(head);
    all.addAll(List.of(tail));
    return all;
  }
}

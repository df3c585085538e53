package dev.kliping.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A kliping daemon running in a child JVM over the bundled replay, as an archivist runs it. */
final class DaemonProcess implements AutoCloseable {
  final Process process;
  final Path log;

  private DaemonProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static DaemonProcess start(Path config, Path archive, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "dev.kliping.cli.Main", "daemon", "--config", config.toString(),
        "--archive", archive.toString(), "--replay", "src/test/resources/replay"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return new DaemonProcess(p, log);
  }

  /** A config like the shipped one, with revisits checked every second. */
  static Path fastConfig(Path dir) throws IOException {
    Path shipped = Path.of("config").toAbsolutePath();
    Path file = dir.resolve("kliping.yaml");
    Files.writeString(file, "outlets: [rmol, medcom, epochtimes, kompastv, paltv]\n"
        + "outlets_dir: " + shipped.resolve("outlets") + "\n"
        + "boilerplate: " + shipped.resolve("boilerplate/id.yaml") + "\n"
        + "daemon: {revisit_check_seconds: 1, api_port: 0}\n");
    return file;
  }

  List<String> lines() throws IOException {
    return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
  }

  long count(String fragment) throws IOException {
    return lines().stream().filter(l -> l.contains(fragment)).count();
  }

  /** Waits until the log satisfies the condition; fails with the log after the timeout. */
  void awaitLog(Predicate<List<String>> condition, Duration timeout, String what)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (condition.test(lines())) {
        return;
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("waited for " + what + "; log:\n" + String.join("\n", lines()));
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}

package dev.kliping.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One daemon of a rehearsed cluster in a child JVM, its log (stderr) in a file. */
final class NodeProcess {
  final String name;
  final Path log;
  private final Process process;

  private NodeProcess(String name, Path log, Process process) {
    this.name = name;
    this.log = log;
    this.process = process;
  }

  /**
   * Starts node {@code n} of the workspace's cluster: {@code kliping daemon} with its config, over
   * the replay, keeping the per-host delay; its log in the workspace as {@code node-N.log}.
   */
  static NodeProcess daemon(ClusterWorkspace ws, int n, String classpath, int replayDelayMillis)
      throws IOException {
    String name = ClusterWorkspace.nodeName(n);
    return start(name, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classpath,
        "dev.kliping.cli.Main", "daemon", "--config", ws.config(n).toString(), "--replay",
        ws.replay().toString(), "--replay-delay", Integer.toString(replayDelayMillis)),
        ws.dir().resolve(name + ".log"));
  }

  static NodeProcess start(String name, List<String> command, Path log) throws IOException {
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(log.toFile()).start();
    return new NodeProcess(name, log, p);
  }

  String logText() throws IOException {
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  boolean alive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no finally block, files left as they are. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM, as systemd stops a unit; returns the exit code, or -1 if it had to be killed. */
  int stop(long waitMillis) throws InterruptedException {
    process.destroy();
    if (process.waitFor(waitMillis, TimeUnit.MILLISECONDS)) {
      return process.exitValue();
    }
    kill();
    return -1;
  }
}

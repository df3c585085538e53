package dev.kliping.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The pinned web-archiving tools of src/test/js (warcio.js, ReplayWeb.page), installed with
 * {@code npm ci} from the lock file the first time a test needs them. Tests using them are
 * skipped only where Node.js is not installed (.ci/run installs it).
 */
final class NodeTools {
  static final Path DIR = Path.of("src/test/js").toAbsolutePath();

  private NodeTools() {}

  /** Skips the calling test when node or npm is missing; installs the packages when needed. */
  static synchronized void require() throws IOException, InterruptedException {
    Assumptions.assumeTrue(runs("node", "--version") && runs("npm", "--version"),
        "Node.js and npm are not installed");
    if (!Files.isRegularFile(DIR.resolve("node_modules/warcio/package.json"))
        || !Files.isRegularFile(DIR.resolve("node_modules/replaywebpage/sw.js"))) {
      // --ignore-scripts: the packages are used as files; no install script needs to run.
      run(DIR, 300, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
    }
  }

  static Path module(String relative) {
    return DIR.resolve("node_modules").resolve(relative);
  }

  /** Runs a command in dir and returns its standard output; fails on a non-zero exit. */
  static String run(Path dir, int timeoutSeconds, String... command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("node-out", ".txt");
    Path err = Files.createTempFile("node-err", ".txt");
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " took over " + timeoutSeconds
            + " s");
      }
      if (p.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + " exited " + p.exitValue() + ": "
            + Files.readString(err, StandardCharsets.UTF_8));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static boolean runs(String... command) {
    try {
      List<String> cmd = new ArrayList<>(List.of(command));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}

package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.testing.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user runs into: commands run outside the project folder, a taken port, an archive
 * folder that cannot be written. One line naming the setting or path, the right exit code, and
 * a stack trace only with --debug.
 */
class SharpEdgesTest {
  @TempDir Path dir;

  /** Runs kliping in a child JVM whose working folder is dir: exit code and stderr. */
  private CliRun child(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.kliping.cli.Main"));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "kliping " + String.join(" ", args));
    return new CliRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void extractWorksOutsideTheProjectWithTheBuiltInConfiguration() throws Exception {
    Files.writeString(dir.resolve("page.html"), "<html><head><title>Uji</title></head><body>"
        + "<article><h1>Judul</h1><p>Paragraf pertama yang cukup panjang untuk sebuah artikel"
        + " berita yang diuji di sini.</p><p>Paragraf kedua juga panjang agar ekstraktor"
        + " menemukannya sebagai isi berita.</p></article></body></html>");
    assertFalse(Files.exists(dir.resolve("config")));
    CliRun run = child("extract", "--generic", "page.html");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("\"title\":\"Uji\""), run.out());
  }

  @Test
  void aTakenApiPortIsOneLineNamingTheSetting() throws Exception {
    Path shipped = Path.of("config").toAbsolutePath();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Files.writeString(dir.resolve("kliping.yaml"), "outlets: [kompastv]\n"
          + "outlets_dir: " + shipped.resolve("outlets") + "\n"
          + "daemon: {api_port: " + taken.getLocalPort() + "}\n");
      CliRun run = child("daemon", "--config", "kliping.yaml", "--archive", "archive");
      assertEquals(2, run.exitCode(), run::toString);
      List<String> lines = run.err().lines().filter(l -> l.startsWith("kliping")
          || l.startsWith("\tat ") || l.startsWith("Exception")).toList();
      assertEquals(1, lines.size(), run.err());
      assertTrue(lines.get(0).contains("daemon.api_port")
          && lines.get(0).contains(taken.getLocalPort() + " on 127.0.0.1 is taken"), run.err());
    }
  }

  @Test
  void anArchiveFolderThatCannotBeWrittenIsOneLineNamingIt() {
    // /proc refuses new folders even to root, for whom file permissions would not.
    String archive = "/proc/kliping-archive";
    CliRun run = CliRun.of("crawl", "--archive", archive, "--outlet", "kompastv");
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("kliping: archive: ") && run.err().contains(archive),
        run.err());

    StringWriter err = new StringWriter();
    int code = Main.commandLine(true).setErr(new PrintWriter(err, true))
        .setOut(new PrintWriter(new StringWriter(), true))
        .execute("crawl", "--archive", archive, "--outlet", "kompastv");
    assertEquals(1, code);
    assertTrue(err.toString().contains("\tat "), "--debug shows the stack: " + err);
  }

  @Test
  void helpGroupsTheCommandsByJob() {
    CliRun help = CliRun.of("--help");
    String out = help.out();
    int archive = out.indexOf("Archive:");
    int maintenance = out.indexOf("Maintenance:");
    int benchmarks = out.indexOf("Benchmarks:");
    assertTrue(archive >= 0 && archive < maintenance && maintenance < benchmarks, out);
    assertTrue(out.indexOf("benchmark-daemon") > benchmarks, out);
    assertTrue(out.indexOf("  daemon") < out.indexOf("Query:"), out);
  }
}

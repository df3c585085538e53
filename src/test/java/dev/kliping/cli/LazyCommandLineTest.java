package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.testing.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A command line builds only the subcommand it names, and each command still does all it did:
 * the one-shot commands start without the others, and without creating what they do not use.
 */
class LazyCommandLineTest {
  @TempDir Path dir;

  @Test
  void eachCommandNameBuildsThatCommandAlone() {
    Set<String> all = Main.commandLine().getSubcommands().keySet();
    assertEquals(Main.COMMANDS.size(), all.size(), all.toString());
    for (String name : all) {
      CommandLine line = Main.commandLine(false, name, "--help");
      assertEquals(Set.of(name), line.getSubcommands().keySet(), name);
    }
  }

  @Test
  void versionBuildsNoCommandAndHelpListsThemAll() {
    assertTrue(Main.commandLine(false, "--version").getSubcommands().isEmpty());
    CliRun version = CliRun.of("--version");
    assertEquals(0, version.exitCode(), version.toString());
    assertEquals("kliping 0.1", version.out().strip());

    CliRun help = CliRun.of("--help");
    assertEquals(0, help.exitCode(), help.toString());
    for (Class<?> command : Main.COMMANDS) {
      assertTrue(help.out().contains(Main.names(command).get(0)), help.out());
    }
  }

  @Test
  void aMistypedCommandIsStillSuggestedFromTheFullList() {
    StringWriter err = new StringWriter();
    int code = Main.commandLine(false, "stauts").setErr(new PrintWriter(err, true))
        .execute("stauts");
    assertEquals(2, code, err.toString());
    assertTrue(err.toString().contains("status"), err.toString());
  }

  @Test
  void extractOpensNoArchive() {
    Path archive = dir.resolve("archive");
    CliRun run = CliRun.of("extract", "--generic", "--archive", archive.toString(),
        "src/test/resources/edits/kompastv-v2.html");

    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("\"extractor\":\"generic\""), run.out());
    assertFalse(Files.exists(archive), "extract created " + archive);
  }

  @Test
  void queriesOfAnArchiveCreateNoSearchIndex() {
    Path archive = dir.resolve("archive");
    Archive.open(archive).close();
    assertFalse(Files.exists(archive.resolve("index")));

    CliRun status = CliRun.of("status", "--archive", archive.toString(), "--format", "json");
    assertEquals(0, status.exitCode(), status.toString());
    assertTrue(status.out().contains("\"outlet\":\"kompastv\""), status.out());
    for (List<String> query : List.of(List.of("history", "https://www.kompas.tv/x"),
        List.of("diff", "https://www.kompas.tv/x"))) {
      CliRun run = CliRun.of(query.get(0), query.get(1), "--archive", archive.toString());
      assertEquals(1, run.exitCode(), run.toString());
      assertTrue(run.err().contains("https://www.kompas.tv/x"), run.err());
    }
    assertFalse(Files.exists(archive.resolve("index")), "a query created the search index");
  }
}

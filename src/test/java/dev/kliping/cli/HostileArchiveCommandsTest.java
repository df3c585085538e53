package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.search.SearchIndex;
import dev.kliping.search.TestArchives;
import dev.kliping.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query commands against an archive whose text was written by an attacker: control
 * characters that drive a terminal, spreadsheet formulas, NUL bytes; and exports aimed at the
 * archive's own files.
 */
class HostileArchiveCommandsTest {
  static final String URL = "https://www.kompas.tv/nasional/1/judul-jahat";
  /** Clear screen, set the window title, write the clipboard (OSC 52), a hidden link (OSC 8). */
  static final String ESCAPES = "\u001b[2J\u001b]0;pwned\u0007\u001b]52;c;cm0gLXJmIH4=\u0007"
      + "\u001b]8;;https://evil.example\u001b\\klik\u001b]8;;\u001b\\\u009b31m";
  static final String FORMULA = "=HYPERLINK(\"https://evil.example\",\"klik\")";

  @TempDir static Path dir;
  static Path archiveDir;

  @BeforeAll
  static void hostileArchive() {
    archiveDir = dir.resolve("archive");
    try (Archive archive = Archive.open(archiveDir); SearchIndex index = SearchIndex.open(archive)) {
      Instant at = Instant.parse("2024-06-20T03:00:00Z");
      TestArchives.store(archive, index, "kompastv", URL, at, TestArchives.article(
          "Pakta " + ESCAPES, List.of("-Penulis"), "2024-06-20T09:00:00+07:00",
          List.of(FORMULA + " pakta pertahanan", "Teks\u0000dengan NUL pakta")));
      TestArchives.store(archive, index, "kompastv", URL, at.plusSeconds(3600),
          TestArchives.article("Pakta baru " + ESCAPES, List.of("-Penulis"),
              "2024-06-20T09:00:00+07:00",
              List.of(FORMULA + " pakta pertahanan", "Teks\u0000dengan NUL pakta "
                  + ESCAPES)));
    }
  }

  private static void assertTerminalSafe(CliRun run) {
    assertEquals(0, run.exitCode(), run.toString());
    for (char c : run.out().toCharArray()) {
      boolean control = (c < 0x20 && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
      assertFalse(control, "raw control character U+" + Integer.toHexString(c) + " in\n"
          + run.out());
    }
    assertTrue(run.out().contains("\\u001b[2J"), run.out());
  }

  // Case 3: terminal escape injection through archived titles and text.

  @Test
  void historyTextShowsControlCharactersVisibly() {
    assertTerminalSafe(CliRun.of("history", URL, "--archive", archiveDir.toString()));
  }

  @Test
  void diffTextShowsControlCharactersVisibly() {
    assertTerminalSafe(CliRun.of("diff", URL, "--archive", archiveDir.toString()));
  }

  @Test
  void searchTableShowsControlCharactersVisibly() {
    assertTerminalSafe(CliRun.of("search", "pakta", "--archive", archiveDir.toString()));
  }

  @Test
  void csvDropsNulBytes() throws IOException {
    CliRun search = CliRun.of("search", "pakta", "--format", "csv", "--all-versions",
        "--archive", archiveDir.toString());
    assertEquals(0, search.exitCode(), search.toString());
    assertTrue(search.out().contains("pakta"), search.out());
    assertFalse(search.out().contains("\u0000"), search.out());

    Path csv = dir.resolve("nul.csv");
    CliRun export = CliRun.of("export", "--format", "csv", "--out", csv.toString(),
        "--archive", archiveDir.toString());
    assertEquals(0, export.exitCode(), export.toString());
    String text = Files.readString(csv);
    assertTrue(text.contains("TeksdenganNUL") || text.contains("Teksdengan NUL"), text);
    assertFalse(text.contains("\u0000"), text);
  }

  // Case 12: CSV formula injection.

  @Test
  void csvGuardsFormulaCellsUnlessRawIsAsked() throws IOException {
    Path guarded = dir.resolve("guarded.csv");
    CliRun run = CliRun.of("export", "--format", "csv", "--out", guarded.toString(),
        "--archive", archiveDir.toString());
    assertEquals(0, run.exitCode(), run.toString());
    String text = Files.readString(guarded);
    assertTrue(text.contains("\"'=HYPERLINK(\"\"https://evil.example\"\""), text);
    assertTrue(text.contains(",'-Penulis,"), text);
    assertFalse(text.contains(",=") || text.contains(",\"=") || text.contains(",-Penulis"), text);

    Path raw = dir.resolve("raw.csv");
    run = CliRun.of("export", "--format", "csv", "--raw-csv", "--out", raw.toString(),
        "--archive", archiveDir.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(Files.readString(raw).contains("\"=HYPERLINK("), Files.readString(raw));

    CliRun search = CliRun.of("search", "pakta", "--format", "csv", "--archive",
        archiveDir.toString());
    assertTrue(search.out().contains("\"'=HYPERLINK("), search.out());
  }

  // Case 2: an export never overwrites the archive's files.

  @Test
  void exportRefusesToOverwriteAClosedWarcFile() throws IOException {
    Path warc = closedWarc();
    byte[] before = Files.readAllBytes(warc);

    CliRun run = CliRun.of("export", "--format", "jsonl", "--force", "--out", warc.toString(),
        "--archive", archiveDir.toString());

    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("inside the archive folder"), run.err());
    assertArrayEquals(before, Files.readAllBytes(warc));
  }

  @Test
  void exportRefusesToWriteOverTheDatabase() throws IOException {
    Path db = archiveDir.resolve("kliping.mv.db");
    long size = Files.size(db);
    // A path that reaches the archive by a detour is still the archive.
    Path detour = dir.resolve("elsewhere/../archive/./kliping.mv.db");

    CliRun run = CliRun.of("export", "--format", "csv", "--out", detour.toString(),
        "--archive", archiveDir.toString());

    assertEquals(2, run.exitCode(), run.toString());
    assertEquals(size, Files.size(db));
    assertEquals(0, CliRun.of("history", URL, "--archive", archiveDir.toString()).exitCode());
  }

  @Test
  void exportReplacesAnExistingFileOnlyWithForceAndLeavesNoTemporaryFile() throws IOException {
    Path out = Files.createDirectories(dir.resolve("exports")).resolve("kept.jsonl");
    Files.writeString(out, "a researcher's earlier work\n");

    CliRun refused = CliRun.of("export", "--format", "jsonl", "--out", out.toString(),
        "--archive", archiveDir.toString());
    assertEquals(2, refused.exitCode(), refused.toString());
    assertTrue(refused.err().contains("--force"), refused.err());
    assertEquals("a researcher's earlier work\n", Files.readString(out));

    CliRun forced = CliRun.of("export", "--format", "jsonl", "--force", "--out", out.toString(),
        "--archive", archiveDir.toString());
    assertEquals(0, forced.exitCode(), forced.toString());
    assertTrue(Files.readString(out).contains(URL), Files.readString(out));
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertEquals(List.of(out), files.toList(), "only the export, no temporary file");
    }
  }

  @Test
  void backupRefusesToWriteInsideTheArchive() {
    Path inside = archiveDir.resolve("warc/backup.zip");

    CliRun run = CliRun.of("backup", inside.toString(), "--archive", archiveDir.toString());

    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("inside the archive folder"), run.err());
    assertFalse(Files.exists(inside));
  }

  private static Path closedWarc() throws IOException {
    try (Stream<Path> files = Files.list(archiveDir.resolve("warc"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).findFirst()
          .orElseThrow(() -> new AssertionError("no closed WARC file in the archive"));
    }
  }

  // Case 9: a mistyped --archive is refused, never created.

  @Test
  void queryCommandsRefuseAnArchivePathThatDoesNotExist() {
    Path typo = dir.resolve("archvie");
    for (String[] args : List.of(
        new String[] {"search", "pakta", "--archive", typo.toString()},
        new String[] {"status", "--archive", typo.toString()},
        new String[] {"history", URL, "--archive", typo.toString()},
        new String[] {"diff", URL, "--archive", typo.toString()},
        new String[] {"export", "--format", "jsonl", "--archive", typo.toString()})) {
      CliRun run = CliRun.of(args);
      assertEquals(1, run.exitCode(), args[0] + ": " + run);
      assertTrue(run.err().contains("no archive at " + typo), args[0] + ": " + run.err());
      assertFalse(Files.exists(typo), args[0] + " created " + typo);
    }
  }
}

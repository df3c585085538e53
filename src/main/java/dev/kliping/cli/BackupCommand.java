package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.archive.ArchiveException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kliping backup FILE}: a consistent copy of the archive database in a zip file. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = {"Writes a transactionally consistent copy of the archive database to FILE "
        + "(a zip holding kliping.mv.db). The WARC files are not in it: copy the warc/ folder "
        + "after the backup.",
        "Opens the archive itself, so it fails (exit 1) while a daemon or another kliping has it."})
final class BackupCommand implements Callable<Integer> {
  @Mixin ArchiveOptions options;

  @Parameters(paramLabel = "FILE", description = "The zip file to write; must not exist.")
  Path file;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (Files.exists(file)) {
      throw new UsageException(file + " already exists; name a new file");
    }
    Path dir = options.archiveDir();
    OutputFile.refuseInsideArchive(file, dir);
    if (!Files.isRegularFile(dir.resolve("kliping.mv.db"))) {
      spec.commandLine().getErr().println("kliping: no archive database in " + dir);
      return 1;
    }
    try (Archive archive = Archive.open(dir)) {
      archive.backup(file);
    } catch (ArchiveException e) {
      if (e.getMessage().contains("in use")) {
        // The daemon's API will offer a backup of the archive it holds; until then, say so.
        spec.commandLine().getErr().println("kliping: cannot back up " + dir + ": it is open in"
            + " another process (a running daemon or crawl). Stop it and run backup again.");
        return 1;
      }
      throw e;
    }
    spec.commandLine().getOut().println("backed up " + dir.resolve("kliping.mv.db") + " to "
        + file);
    spec.commandLine().getOut().flush();
    return 0;
  }
}

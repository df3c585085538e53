package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.archive.ArchiveException;
import dev.kliping.web.DaemonClient;
import dev.kliping.web.DaemonInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
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
        "While a daemon runs on the archive, the backup is made by the daemon, through its API."})
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
    dev.kliping.archive.DatabaseLocation database = options.archiveOptions().database();
    if (database != null) {
      throw new UsageException("backup copies the H2 file kliping.mv.db; this archive's rows are"
          + " in PostgreSQL (" + database.shown() + "): back them up with pg_dump, e.g."
          + " pg_dump -Fc -f kliping.dump DATABASE, and copy the warc/ folder");
    }
    OutputFile.refuseInsideArchive(file, dir);
    if (!Files.isRegularFile(dir.resolve("kliping.mv.db"))) {
      spec.commandLine().getErr().println("kliping: no archive database in " + dir);
      return 1;
    }
    try (Archive archive = Archive.open(dir)) {
      archive.backup(file);
    } catch (ArchiveException e) {
      if (e.getMessage().contains("in use")) {
        Optional<DaemonInfo> daemon = DaemonInfo.read(dir.toAbsolutePath().normalize());
        if (daemon.isPresent()) {
          return throughDaemon(daemon.get(), dir);
        }
        spec.commandLine().getErr().println("kliping: cannot back up " + dir + ": it is open in"
            + " another process (a crawl; a daemon would have made the backup). Stop it and run"
            + " backup again.");
        return 1;
      }
      throw e;
    }
    spec.commandLine().getOut().println("backed up " + dir.resolve("kliping.mv.db") + " to "
        + file);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Asks the daemon holding the archive for the backup; a failed copy leaves no file. */
  private int throughDaemon(DaemonInfo daemon, Path dir) {
    try (DaemonClient client = new DaemonClient(daemon);
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      client.backup(out);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot write " + file + ": " + io.getMessage(), io);
      }
      throw (RuntimeException) e;
    }
    spec.commandLine().getOut().println("backed up " + dir.resolve("kliping.mv.db") + " to "
        + file + " through the daemon on 127.0.0.1:" + daemon.port());
    spec.commandLine().getOut().flush();
    return 0;
  }
}

package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.archive.ArchiveException;
import dev.kliping.archive.ArchiveMigration;
import dev.kliping.archive.DatabaseLocation;
import dev.kliping.config.ConfigLoader;
import dev.kliping.config.Settings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kliping migrate-archive --to URL}: moves an H2 archive's rows into an empty PostgreSQL
 * database, then proves the copy table by table.
 */
@Command(name = "migrate-archive", mixinStandardHelpOptions = true,
    description = {"Copies the archive's rows from its H2 file (kliping.mv.db) into an empty "
        + "PostgreSQL database, keeping every id, and verifies each table's row count and "
        + "content hash on both sides. The WARC files stay where they are. Quartz's schedules "
        + "are not copied: the daemon writes them again from the configuration.",
        "Afterwards run every command with --database URL (or set database.url in the config).",
        "The password comes from the environment variable KLIPING_DATABASE_PASSWORD."})
final class MigrateArchiveCommand implements Callable<Integer> {
  @Option(names = "--to", required = true, paramLabel = "URL",
      description = "The empty PostgreSQL database, jdbc:postgresql://HOST[:PORT]/DATABASE.")
  String to;

  @Option(names = "--config", paramLabel = "FILE",
      description = "The configuration naming the archive and database.user (default:"
          + " config/kliping.yaml here, else beside the archive, else the one built in).")
  Path config;

  @Option(names = "--archive", paramLabel = "DIR",
      description = "The H2 archive folder (default: the config's `archive`).")
  Path archive;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = new ConfigLoader().load(ConfigLocation.resolve(config, archive));
    Path dir = archive != null ? archive : Path.of(settings.main().archive());
    DatabaseLocation target = ArchiveDatabase.location(to, settings.main().database(),
        System::getenv);
    if (!Files.isRegularFile(dir.resolve("kliping.mv.db"))) {
      throw new UsageException("no H2 archive at " + dir + " (no kliping.mv.db there): name it"
          + " with --archive DIR");
    }
    ArchiveMigration.Result result;
    try (Archive source = Archive.open(dir)) {
      result = ArchiveMigration.copy(source, target);
    } catch (ArchiveMigration.TargetNotEmpty e) {
      throw new UsageException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("copied %s (H2) to %s%n", dir.resolve("kliping.mv.db"), result.target());
    out.printf("%-18s %9s %9s  %-16s %s%n", "table", "H2 rows", "PG rows", "H2 sha256",
        "PG sha256");
    for (ArchiveMigration.TableCopy t : result.tables()) {
      out.printf("%-18s %9d %9d  %-16s %-16s %s%n", t.table(), t.sourceRows(), t.targetRows(),
          t.sourceHash().substring(0, 16), t.targetHash().substring(0, 16),
          t.matches() ? "ok" : "DIFFERENT");
    }
    if (!result.verified()) {
      out.flush();
      throw new ArchiveException("the copy in " + result.target() + " differs from the H2"
          + " archive (tables marked DIFFERENT); keep using the H2 archive and report this");
    }
    out.printf("verified: %d tables, %d rows, counts and hashes equal. The WARC files stay in"
        + " %s; from now on open the archive with database.url (or --database) naming %s%n",
        result.tables().size(), result.rows(), dir.resolve("warc"), result.target());
    out.flush();
    return 0;
  }
}

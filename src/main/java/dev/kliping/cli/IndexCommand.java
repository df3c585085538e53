package dev.kliping.cli;

import dev.kliping.archive.CdxjIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kliping index}: (re)writes the CDXJ index beside every closed WARC file. Reads only the
 * WARC files, so it may run while the daemon writes (the file being written is indexed when it
 * is closed).
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Writes the CDXJ index (x.cdxj beside x.warc.gz) of every closed WARC file,"
        + " for pywb, ReplayWeb.page and other replay tools.")
final class IndexCommand implements Callable<Integer> {
  @Mixin ConfigOptions config;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path archive = config.archive != null ? config.archive : config.archiveDir(config.settings());
    Path warc = archive.resolve("warc");
    if (!Files.isDirectory(warc)) {
      throw new UsageException("no WARC files to index: " + warc + " is not a folder");
    }
    CdxjIndex.Rebuilt done;
    try {
      done = CdxjIndex.rebuild(warc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index the WARC files in " + warc + ": " + e, e);
    }
    spec.commandLine().getOut().printf("indexed %d WARC files: %d captures (%s/*.cdxj)%n",
        done.files(), done.lines(), warc);
    spec.commandLine().getOut().flush();
    return 0;
  }
}

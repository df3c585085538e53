package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.archive.Page;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.export.ReplayFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kliping fixtures URL... --out DIR}: the archived captures of those pages, with their
 * outlet's robots.txt, feeds, sitemaps and listing pages as last fetched, written as a WireMock
 * replay folder under their real URLs. A live page that broke becomes a regression test: crawl
 * it with {@code --replay DIR}, or copy the folder into src/test/resources/replay.
 */
@Command(name = "fixtures", mixinStandardHelpOptions = true,
    description = "Writes the archived captures of pages (and their outlet's robots.txt, feeds"
        + " and listings) as a WireMock replay folder, to turn a page that broke into a test.")
final class FixturesCommand implements Callable<Integer> {
  @Mixin ConfigOptions config;

  @Parameters(paramLabel = "URL", arity = "1..*", description = "Archived article pages.")
  List<String> urls;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "A new or empty folder for the replay (DIR/<outlet>/{mappings,__files}).")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (Files.isDirectory(out)) {
      try (Stream<Path> entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw new UsageException(out + " is not empty; name a new folder");
        }
      }
    }
    Settings settings = config.settings();
    Map<String, ReplayFolder> folders = new LinkedHashMap<>();
    int mappings = 0;
    try (Archive archive = Archive.open(config.archiveDir(settings), config.archiveOptions(settings))) {
      for (String url : urls) {
        Page page = archive.findPage(url).orElseThrow(
            () -> new UsageException("not an archived page: " + url));
        OutletConfig outlet = settings.outlet(page.outletId()).orElseThrow(
            () -> new UsageException(url + " belongs to outlet '" + page.outletId()
                + "', which the configuration does not list"));
        ReplayFolder folder = folders.get(outlet.id());
        if (folder == null) {
          folder = new ReplayFolder(out, outlet.id());
          folders.put(outlet.id(), folder);
          mappings += outletFiles(archive, outlet, folder);
        }
        mappings += pageFiles(archive, page, folder);
      }
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e.getCause());
    }
    spec.commandLine().getOut().printf("wrote %d mappings for %d pages of %s to %s"
        + " (crawl them with --replay %s)%n", mappings, urls.size(), folders.keySet(), out, out);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The latest response of every URL fetched for the page: itself, its other pages, hops. */
  private static int pageFiles(Archive archive, Page page, ReplayFolder folder)
      throws IOException {
    Map<String, Capture> latest = new LinkedHashMap<>();
    for (Capture c : archive.captures(page.url())) {
      if (c.hasResponse()) {
        latest.put(c.url(), c);
      }
    }
    for (Capture c : latest.values()) {
      folder.add(archive.read(c), "page");
    }
    return latest.size();
  }

  /** robots.txt of each of the outlet's hosts, and its feeds, sitemaps and listing pages. */
  private static int outletFiles(Archive archive, OutletConfig outlet, ReplayFolder folder)
      throws IOException {
    List<String> wanted = new ArrayList<>();
    for (String host : outlet.fetchHosts()) {
      wanted.add("https://" + host + "/robots.txt");
      wanted.add("http://" + host + "/robots.txt");
    }
    wanted.addAll(outlet.feeds());
    wanted.addAll(outlet.sitemaps());
    wanted.addAll(outlet.listings());
    int n = 0;
    for (String url : wanted) {
      Optional<Capture> c = archive.latestCapture(url);
      if (c.isPresent()) {
        folder.add(archive.read(c.get()), url.endsWith("/robots.txt") ? "robots" : "feed");
        n++;
      }
    }
    return n;
  }
}

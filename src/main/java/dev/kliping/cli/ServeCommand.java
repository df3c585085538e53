package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.search.SearchIndex;
import dev.kliping.web.DaemonInfo;
import dev.kliping.web.DaemonProxy;
import dev.kliping.web.WebServer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kliping serve}: the read-only web interface and JSON API until interrupted. When a
 * daemon owns the archive, forwards to the daemon's own server instead.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the read-only web interface and JSON API (127.0.0.1 by default).")
final class ServeCommand implements Callable<Integer> {
  @Mixin ConfigOptions config;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}); any other than loopback needs --token.")
  String bind;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--token", defaultValue = "${env:KLIPING_TOKEN}",
      description = "Access token clients must present (default: $KLIPING_TOKEN); 16+ characters.")
  String token;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    start(() -> {
      WebServer.checkBind(bind, token);
      return null;
    });
    Settings settings = config.settings();
    Path dir = config.archiveDir(settings);
    List<String> outlets = settings.outlets().stream().map(OutletConfig::id).toList();
    ArchiveAccess.Reach reach = ArchiveAccess.open(dir, config.archiveOptions(settings));
    if (reach.archive() == null) {
      DaemonInfo daemon = reach.daemon();
      DaemonProxy proxy = start(() -> DaemonProxy.start(daemon, bind, port, token));
      announce(proxy.port(), " (forwarding to the daemon on 127.0.0.1:" + daemon.port() + ")");
      return waitFor(proxy);
    }
    Archive archive = reach.archive();
    SearchIndex index = null;
    try {
      index = SearchIndex.open(archive);
      SearchIndex idx = index;
      WebServer server = start(() -> WebServer.start(archive, idx, outlets, bind, port, token));
      announce(server.port(), "");
      return waitFor(() -> {
        server.close();
        idx.close();
        archive.close();
      });
    } catch (RuntimeException e) {
      if (index != null) {
        index.close();
      }
      archive.close();
      throw e;
    }
  }

  private static <T> T start(java.util.function.Supplier<T> server) {
    try {
      return server.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private void announce(int actualPort, String how) {
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    spec.commandLine().getErr().println("kliping: serving http://" + host + ":" + actualPort
        + "/" + how + "; Ctrl-C stops");
  }

  /** Blocks until the JVM is asked to stop, then closes in order. */
  private static int waitFor(AutoCloseable resources) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        resources.close();
      } catch (Exception e) {
        System.err.println("kliping: while stopping: " + e);
      } finally {
        stopped.countDown();
      }
    }, "kliping-serve-stop"));
    stopped.await();
    return 0;
  }
}

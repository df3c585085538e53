package dev.kliping.fetch;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.kliping.config.OutletConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Serves recorded outlet pages from a replay folder ({@code <dir>/<outlet id>/mappings} and
 * {@code __files}, WireMock's layout) on 127.0.0.1, one server per outlet, and routes that
 * outlet's hosts to it.
 */
public final class ReplayServer implements AutoCloseable {
  private final List<WireMockServer> servers = new ArrayList<>();
  private final Map<String, HttpUrl> routes = new HashMap<>();

  private ReplayServer() {}

  /** Starts a server for each outlet that has a folder in {@code dir}. */
  public static ReplayServer start(Path dir, List<OutletConfig> outlets) {
    if (!Files.isDirectory(dir)) {
      throw new UncheckedIOException(new IOException("replay folder not found: " + dir));
    }
    ReplayServer replay = new ReplayServer();
    try {
      for (OutletConfig outlet : outlets) {
        Path folder = dir.resolve(outlet.id());
        if (Files.isDirectory(folder.resolve("mappings"))) {
          replay.serve(folder, outlet.hosts());
        }
      }
    } catch (RuntimeException e) {
      replay.close();
      throw e;
    }
    return replay;
  }

  private void serve(Path folder, List<String> hosts) {
    WireMockServer server = new WireMockServer(options()
        .bindAddress("127.0.0.1")
        .dynamicPort()
        .usingFilesUnderDirectory(folder.toString())
        .disableRequestJournal());
    server.start();
    servers.add(server);
    HttpUrl base = HttpUrl.get("http://127.0.0.1:" + server.port() + "/");
    for (String host : hosts) {
      routes.put(host, base);
    }
  }

  /** Routes each replayed host to its server. */
  public ReplayRouting routing() {
    return new ReplayRouting(routes);
  }

  @Override
  public void close() {
    servers.forEach(WireMockServer::stop);
  }
}

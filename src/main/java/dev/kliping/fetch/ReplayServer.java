package dev.kliping.fetch;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import dev.kliping.config.OutletConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Serves recorded outlet pages from a replay folder ({@code <dir>/<outlet id>/mappings} and
 * {@code __files}, WireMock's layout) on 127.0.0.1: one server for every outlet, each mapping
 * answering only for its outlet's hosts (the real host travels in the {@code Host} header), so a
 * hundred outlets cost one server's threads, not a hundred. Mappings that could reach beyond the
 * folder are refused at start (see {@link ReplayMappings}).
 */
public final class ReplayServer implements AutoCloseable {
  /* Enough for the daemon's parallel passes; Jetty needs a few for its acceptor and selectors. */
  private static final int THREADS = 10;

  private final WireMockServer server;
  private final Map<String, HttpUrl> routes;

  private ReplayServer(WireMockServer server, Map<String, HttpUrl> routes) {
    this.server = server;
    this.routes = routes;
  }

  /** Starts the server with the mappings of each outlet that has a folder in {@code dir}. */
  public static ReplayServer start(Path dir, List<OutletConfig> outlets) {
    if (!Files.isDirectory(dir)) {
      throw new UncheckedIOException(new IOException("replay folder not found: " + dir));
    }
    // Every mapping is read and checked before anything listens.
    ReplayMappings reader = new ReplayMappings();
    Map<String, List<String>> stubs = new HashMap<>();
    for (OutletConfig outlet : outlets) {
      Path folder = dir.resolve(outlet.id());
      if (Files.isDirectory(folder.resolve("mappings"))) {
        stubs.put(outlet.id(), reader.read(folder, outlet.id(), outlet.fetchHosts()));
      }
    }
    WireMockServer server = new WireMockServer(options()
        .bindAddress("127.0.0.1")
        .dynamicPort()
        .containerThreads(THREADS)
        .jettyAcceptors(1)
        .fileSource(new ReplayFiles(dir))
        .mappingSource(NO_FILES)
        // Templates only where a mapping asks (ReplayMappings allows inline bodies alone), and
        // none may read system properties or the environment.
        .templatingEnabled(true)
        .globalTemplating(false)
        .withPermittedSystemKeys("kliping.replay.none")
        .disableRequestJournal());
    try {
      server.start();
      Map<String, HttpUrl> routes = new HashMap<>();
      HttpUrl base = HttpUrl.get("http://127.0.0.1:" + server.port() + "/");
      for (OutletConfig outlet : outlets) {
        List<String> mine = stubs.get(outlet.id());
        if (mine != null) {
          mine.forEach(stub -> server.addStubMapping(StubMapping.buildFrom(stub)));
          outlet.fetchHosts().forEach(host -> routes.put(host, base));
        }
      }
      return new ReplayServer(server, routes);
    } catch (RuntimeException e) {
      server.stop();
      throw e;
    }
  }

  /** Routes each replayed host to the server. */
  public ReplayRouting routing() {
    return new ReplayRouting(routes);
  }

  @Override
  public void close() {
    server.stop();
  }

  /** Mappings come only through {@link ReplayMappings}, never straight from a folder. */
  private static final MappingsSource NO_FILES = new MappingsSource() {
    @Override
    public void loadMappingsInto(StubMappings stubMappings) {}

    @Override
    public void save(List<StubMapping> stubMappings) {}

    @Override
    public void save(StubMapping stubMapping) {}

    @Override
    public void remove(StubMapping stubMapping) {}

    @Override
    public void removeAll() {}
  };

  /**
   * The replay folder as WireMock's file root, with its {@code __files} being the folder itself,
   * so that a body file named {@code <outlet>/__files/<name>} is found and nothing outside the
   * folder can be (WireMock refuses paths that leave its root).
   */
  private static final class ReplayFiles extends SingleRootFileSource {
    ReplayFiles(Path dir) {
      super(dir.toFile());
    }

    @Override
    public FileSource child(String name) {
      return "__files".equals(name) ? new SingleRootFileSource(rootDirectory) : super.child(name);
    }
  }
}

package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.export.JsonMapping;
import dev.kliping.search.SearchIndex;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The read-only web interface over an open archive and its index: the JSON API under /api/ and
 * plain server-rendered pages. The caller keeps owning the archive and the index; closing the
 * server leaves them open. Used by {@code kliping serve} and by the daemon.
 */
public final class WebServer implements AutoCloseable {
  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving on bind:port (port 0 picks a free one).
   *
   * @param outletIds the configured outlets, listed first on the outlet pages
   * @param token the access token clients must present, or null; required unless bind is a
   *     loopback address
   * @throws IllegalArgumentException when bind is not loopback and there is no usable token,
   *     or the port is taken
   */
  public static WebServer start(Archive archive, SearchIndex index, List<String> outletIds,
      String bind, int port, String token) {
    return start(archive, index, outletIds, bind, port, token, null);
  }

  /** As above, with the daemon's own routes (monitoring, backup) when daemon is not null. */
  public static WebServer start(Archive archive, SearchIndex index, List<String> outletIds,
      String bind, int port, String token, DaemonRoutes daemon) {
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(bind, "bind");
    AccessToken access = AccessToken.forBind(bind, token);
    Outlets outlets = new Outlets(archive, outletIds, Clock.systemUTC());
    Javalin app = create();
    Guard guard = new Guard(access);
    app.before(guard::check);
    Errors.register(app);
    new ApiRoutes(archive, index, outlets).register(app);
    new PageRoutes(archive, index, outlets).register(app);
    new StoryRoutes(archive).register(app);
    if (daemon != null) {
      daemon.register(app);
    }
    try {
      app.start(bind, port);
    } catch (JavalinBindException e) {
      app.stop();
      throw new IllegalArgumentException("port " + port + " on " + bind
          + " is taken by another program", e);
    }
    return new WebServer(app);
  }

  /**
   * Checks the bind and token rules without starting anything, so a command can refuse before
   * it opens the archive.
   *
   * @throws IllegalArgumentException when bind is not loopback and there is no usable token
   */
  public static void checkBind(String bind, String token) {
    AccessToken.forBind(bind, token);
  }

  /** A Javalin with our JSON, our static files, and our headers even on Jetty's own errors. */
  static Javalin create() {
    return Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(JsonMapping.MAPPER, false));
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/web/static";
        files.location = Location.CLASSPATH;
      });
      config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
      config.jetty.modifyServletContextHandler(handler -> handler.addFilter(
          new org.eclipse.jetty.servlet.FilterHolder(new HeadAsGet()),
          "/*", java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
    });
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Stops serving; requests in flight are finished first. */
  @Override
  public void close() {
    app.stop();
  }
}

package dev.kliping.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code kliping serve} while a daemon owns the archive: passes GET requests on to the daemon's
 * own server on 127.0.0.1, behind this server's bind address, token and headers. Lets an
 * archivist expose the daemon's interface to a network without the daemon listening there.
 */
public final class DaemonProxy implements AutoCloseable {
  private final Javalin app;
  private final OkHttpClient http;

  private DaemonProxy(Javalin app, OkHttpClient http) {
    this.app = app;
    this.http = http;
  }

  /** Starts forwarding bind:port to the daemon; the token rules are those of {@link WebServer}. */
  public static DaemonProxy start(DaemonInfo daemon, String bind, int port, String token) {
    Objects.requireNonNull(daemon, "daemon");
    AccessToken access = AccessToken.forBind(bind, token);
    HttpUrl base = new HttpUrl.Builder().scheme("http").host("127.0.0.1").port(daemon.port())
        .build();
    OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ZERO).callTimeout(Duration.ZERO)
        .followRedirects(false).build();
    Javalin app = WebServer.create();
    app.before(new Guard(access)::check);
    Errors.register(app);
    app.get("/<path>", ctx -> forward(http, base, ctx));
    app.get("/", ctx -> forward(http, base, ctx));
    app.start(bind, port);
    return new DaemonProxy(app, http);
  }

  private static void forward(OkHttpClient http, HttpUrl base, Context ctx) throws IOException {
    HttpUrl.Builder url = base.newBuilder().encodedPath(ctx.path());
    if (ctx.queryString() != null) {
      url.encodedQuery(ctx.queryString());
    }
    // The daemon accepts only loopback Host headers; OkHttp sends 127.0.0.1:port.
    Response r = http.newCall(new Request.Builder().url(url.build()).build()).execute();
    try (InputStream in = r.body() == null ? InputStream.nullInputStream()
        : r.body().byteStream()) {
      ctx.status(r.code());
      copy(r, ctx, Header.CONTENT_TYPE);
      copy(r, ctx, Header.CONTENT_DISPOSITION);
      in.transferTo(ctx.outputStream());
    } finally {
      r.close();
    }
  }

  private static void copy(Response r, Context ctx, String name) {
    String v = r.header(name);
    if (v != null) {
      ctx.header(name, v);
    }
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}

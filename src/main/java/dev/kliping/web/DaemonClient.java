package dev.kliping.web;

import dev.kliping.export.Csv;
import dev.kliping.export.ExportFormat;
import dev.kliping.export.JsonMapping;
import dev.kliping.search.SearchQuery;
import dev.kliping.search.SearchResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Asks a running daemon's API what the command line would otherwise read from the archive the
 * daemon has locked. Talks only to 127.0.0.1, the only address a daemon's API listens on.
 */
public final class DaemonClient implements AutoCloseable {
  private final HttpUrl base;
  private final OkHttpClient http;

  public DaemonClient(DaemonInfo daemon) {
    this.base = new HttpUrl.Builder().scheme("http").host("127.0.0.1").port(daemon.port())
        .build();
    // Exports stream for as long as they take: no whole-call or read deadline on those.
    this.http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ZERO).callTimeout(Duration.ZERO).build();
  }

  public SearchResult search(SearchQuery query) {
    try (Response r = get("/api/search", Params.encode(query))) {
      return JsonMapping.MAPPER.readValue(body(r).byteStream(), SearchResult.class);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /**
   * The daemon's JSON answer to a GET of the path with these query parameters, or empty when it
   * answers 404 (no such page or version).
   */
  public Optional<byte[]> json(String path, Map<String, String> params) {
    HttpUrl.Builder url = base.newBuilder().encodedPath(path);
    params.forEach(url::addQueryParameter);
    try (Response r = http.newCall(new Request.Builder().url(url.build()).build()).execute()) {
      if (r.code() == 404) {
        return Optional.empty();
      }
      if (!r.isSuccessful()) {
        throw new IOException("the daemon answered " + r.code() + ": " + body(r).string());
      }
      return Optional.of(body(r).bytes());
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** Copies the daemon's export of the query to out; exports take every version unless latest. */
  public void export(SearchQuery query, ExportFormat format, boolean latestOnly,
      OutputStream out) {
    export(query, format, latestOnly, Csv.Cells.GUARDED, out);
  }

  /** As {@link #export(SearchQuery, ExportFormat, boolean, OutputStream)}, CSV cells as said. */
  public void export(SearchQuery query, ExportFormat format, boolean latestOnly, Csv.Cells cells,
      OutputStream out) {
    Map<String, String> params = Params.encode(query);
    params.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
    if (cells == Csv.Cells.RAW) {
      params.put("raw_csv", "true");
    }
    if (latestOnly) {
      params.put("latest", "true");
    }
    try (Response r = get("/api/export", params); InputStream in = body(r).byteStream()) {
      in.transferTo(out);
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** Copies a consistent backup of the daemon's database (a zip) to out. */
  public void backup(OutputStream out) {
    try (Response r = get("/api/backup", Map.of()); InputStream in = body(r).byteStream()) {
      in.transferTo(out);
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private Response get(String path, Map<String, String> params) throws IOException {
    HttpUrl.Builder url = base.newBuilder().encodedPath(path);
    params.forEach(url::addQueryParameter);
    Response r = http.newCall(new Request.Builder().url(url.build()).build()).execute();
    if (!r.isSuccessful()) {
      String message = r.body() == null ? "" : r.body().string();
      r.close();
      if (r.code() == 400) {
        throw new DaemonRefused(refusal(message));
      }
      throw new IOException("the daemon answered " + r.code() + ": " + message);
    }
    return r;
  }

  private static ResponseBody body(Response r) throws IOException {
    ResponseBody b = r.body();
    if (b == null) {
      throw new IOException("the daemon sent no body");
    }
    return b;
  }

  private UncheckedIOException failed(IOException e) {
    return new UncheckedIOException("the archive is locked by a daemon, and its API at " + base
        + " failed: " + e.getMessage(), e);
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** The API's {"error": "..."} text, which names the parameter; the raw body otherwise. */
  private static String refusal(String body) {
    try {
      com.fasterxml.jackson.databind.JsonNode error =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("error");
      return error != null && error.isTextual() ? error.asText() : body;
    } catch (IOException e) {
      return body;
    }
  }
}

package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.search.SearchIndex;
import dev.kliping.search.TestArchives;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/** A copy of the test archive served by a real {@link WebServer} on 127.0.0.1. */
final class Served implements AutoCloseable {
  static final List<String> OUTLETS = List.of("rmol", "medcom", "epochtimes", "kompastv",
      "paltv");

  final Archive archive;
  final SearchIndex index;
  final WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  private Served(Archive archive, SearchIndex index, WebServer server) {
    this.archive = archive;
    this.index = index;
    this.server = server;
  }

  static Served start(Path dir, String token) throws IOException {
    TestArchives.copyTo(dir);
    Archive archive = Archive.open(dir);
    SearchIndex index = SearchIndex.open(archive);
    return new Served(archive, index,
        WebServer.start(archive, index, OUTLETS, "127.0.0.1", 0, token));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String pathAndQuery, String... headers) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + pathAndQuery));
      if (headers.length > 0) {
        b.headers(headers);
      }
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
    index.close();
    archive.close();
  }
}

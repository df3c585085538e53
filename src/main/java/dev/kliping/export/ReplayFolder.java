package dev.kliping.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kliping.archive.Exchange;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Writes recorded responses as one outlet's WireMock replay folder ({@code <dir>/<outlet>/
 * mappings/*.json} and {@code __files/<host>/...}), the layout {@code --replay} and the tests
 * serve: each mapping answers the real host and path with the recorded status, the headers a
 * parser reads, and the body as stored. Not thread-safe.
 */
public final class ReplayFolder {
  /** Response headers worth replaying; cookies, dates and caching are left out on purpose. */
  private static final Set<String> KEPT = Set.of("content-type", "location", "etag",
      "last-modified", "retry-after");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;
  private final String outletId;

  public ReplayFolder(Path dir, String outletId) throws IOException {
    this.folder = dir.resolve(outletId);
    this.outletId = outletId;
    Files.createDirectories(folder.resolve("mappings"));
    Files.createDirectories(folder.resolve("__files"));
  }

  /**
   * Adds the response to the folder and returns the mapping's file name.
   *
   * @param kind what the page is for the crawl (page, feed, robots), kept in the metadata
   */
  public String add(Exchange response, String kind) throws IOException {
    URI uri = URI.create(response.url());
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String pathAndQuery = path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String name = kind + "-" + slug(path) + "-" + shortHash(response.url());
    Path body = folder.resolve("__files").resolve(host).resolve(name + extension(response));
    Files.createDirectories(body.getParent());
    Files.write(body, response.body());

    ObjectNode mapping = JSON.createObjectNode();
    mapping.put("name", outletId + ": " + name);
    ObjectNode request = mapping.putObject("request");
    request.put("method", "GET");
    request.putObject("host").put("equalTo", host);
    request.put("url", pathAndQuery);
    ObjectNode answer = mapping.putObject("response");
    answer.put("status", response.status());
    ObjectNode headers = answer.putObject("headers");
    response.headers().forEach(h -> {
      if (KEPT.contains(h.getKey().toLowerCase(Locale.ROOT)) && !headers.has(h.getKey())) {
        headers.put(h.getKey(), h.getValue());
      }
    });
    answer.put("bodyFileName", host + "/" + body.getFileName());
    ObjectNode metadata = mapping.putObject("metadata");
    metadata.put("kind", kind);
    metadata.put("url", response.url());
    metadata.put("captured", response.fetchedAt().toString());
    String file = name + ".json";
    Files.write(folder.resolve("mappings").resolve(file),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(mapping));
    return file;
  }

  private static String slug(String path) {
    String s = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    s = s.isEmpty() ? "root" : s;
    return s.length() > 60 ? s.substring(s.length() - 60) : s;
  }

  private static String extension(Exchange response) {
    String type = response.header("Content-Type");
    String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
    if (t.contains("html")) {
      return ".html";
    }
    if (t.contains("xml") || t.contains("rss") || t.contains("atom")) {
      return ".xml";
    }
    return t.startsWith("text/plain") ? ".txt" : ".bin";
  }

  private static String shortHash(String url) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(url.getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}

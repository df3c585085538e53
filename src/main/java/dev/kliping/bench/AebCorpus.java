package dev.kliping.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The benchmark's pages and their true bodies, read from {@code ground-truth.json} and {@code html/}. */
public final class AebCorpus {

  /** One page: its id, URL, gzip-decoded bytes and the body a person marked. */
  public record Page(String id, String url, byte[] html, String truth) {}

  private AebCorpus() {}

  /** Reads every page named in the ground truth, in id order. */
  public static List<Page> load(Path dir) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null), in.readAllBytes(),
            e.getValue().path("articleBody").asText("")));
      }
    }
    pages.sort((a, b) -> a.id().compareTo(b.id()));
    return pages;
  }
}

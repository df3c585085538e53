package dev.kliping.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures: pages, outlet rules and the default catalogue, read the way config is. */
final class Fixtures {

  static final Path ROOT = Path.of("src/test/resources/extract");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
  static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  static Boilerplate catalogue() {
    return read(Path.of("config/boilerplate/id.yaml"), Boilerplate.class);
  }

  static ArticleExtractor extractor() {
    return new ArticleExtractor(catalogue());
  }

  static OutletRules rules(Path yaml) {
    return read(yaml, OutletRules.class);
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static <T> T read(Path yaml, Class<T> type) {
    try {
      return YAML.readValue(yaml.toFile(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.kliping.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.List;

/**
 * The JSON stored in text columns (author lists, diffs): snake_case names, and unknown names
 * ignored on reading so a newer release's rows still read in an older one.
 */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new ArchiveException("cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new ArchiveException("stored JSON is not a " + type.getSimpleName() + ": " + json, e);
    }
  }

  static List<String> strings(String json) {
    try {
      return json == null ? List.of() : MAPPER.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new ArchiveException("stored JSON is not a list of names: " + json, e);
    }
  }
}

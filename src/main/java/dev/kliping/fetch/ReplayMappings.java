package dev.kliping.fetch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kliping.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads one outlet's recorded mappings ({@code <outlet>/mappings/*.json}, WireMock's format) and
 * makes them safe to serve beside other outlets' from one server: each answers only for the
 * outlet's hosts, its body file is named under the outlet's own {@code __files}, and its scenario
 * is the outlet's own. A replay folder is data: a mapping that could reach the network (a proxy,
 * a webhook, a remote JSON schema) or a file outside its folder is refused with a
 * {@link ConfigException} naming the file and the key. The one transformer allowed is WireMock's
 * {@code response-template} on an inline body, with no system values: it only reads the request,
 * and lets a replay vary a page per fetch (the crash harness edits every article that way).
 */
final class ReplayMappings {
  /*
   * Allow-lists, not deny-lists: a WireMock release may add a key that reaches out (webhooks and
   * proxying were both added over time), and an unknown key must not slip through.
   */
  private static final Set<String> TOP = Set.of("id", "uuid", "name", "request", "response",
      "priority", "persistent", "metadata", "scenarioName", "requiredScenarioState",
      "newScenarioState", "insertionIndex");
  private static final Set<String> REQUEST = Set.of("method", "url", "urlPath", "urlPattern",
      "urlPathPattern", "urlPathTemplate", "host", "scheme", "port", "headers", "queryParameters",
      "pathParameters", "cookies", "basicAuthCredentials");
  private static final Set<String> RESPONSE = Set.of("status", "statusMessage", "headers",
      "body", "base64Body", "jsonBody", "bodyFileName", "fixedDelayMilliseconds",
      "delayDistribution", "chunkedDribbleDelay", "fault", "transformers");
  private static final String TEMPLATE = "response-template";

  private final ObjectMapper json = new ObjectMapper();

  /**
   * The outlet's mappings as WireMock JSON, in file-name order.
   *
   * @param folder the outlet's replay folder, holding {@code mappings} and {@code __files}
   * @param outletId the folder's name, which prefixes body files and scenarios
   */
  List<String> read(Path folder, String outletId, List<String> hosts) {
    List<String> stubs = new ArrayList<>();
    for (Path file : files(folder.resolve("mappings"))) {
      JsonNode root = parse(file);
      ArrayNode list = root.has("mappings") && root.get("mappings").isArray()
          ? (ArrayNode) root.get("mappings") : json.createArrayNode().add(root);
      for (int i = 0; i < list.size(); i++) {
        String where = root.has("mappings") ? "mappings[" + i + "]." : "";
        if (!(list.get(i) instanceof ObjectNode mapping)) {
          throw new ConfigException(file, where.isEmpty() ? null : where, "not a mapping object");
        }
        check(file, where, mapping);
        stubs.add(confine(file, where, mapping, folder, outletId, hosts).toString());
      }
    }
    return stubs;
  }

  private static void check(Path file, String where, ObjectNode mapping) {
    allowed(file, where, mapping, TOP);
    if (!(mapping.get("request") instanceof ObjectNode request)) {
      throw new ConfigException(file, where + "request", "missing: a mapping matches a request");
    }
    allowed(file, where + "request.", request, REQUEST);
    if (!(mapping.get("response") instanceof ObjectNode response)) {
      throw new ConfigException(file, where + "response", "missing: a mapping gives a response");
    }
    allowed(file, where + "response.", response, RESPONSE);
    if (response.has("transformers")) {
      JsonNode transformers = response.get("transformers");
      boolean onlyTemplate = transformers.isArray() && transformers.size() == 1
          && TEMPLATE.equals(transformers.get(0).asText());
      if (!onlyTemplate || response.has("bodyFileName")) {
        // A templated file name could name any file; a template only ever fills an inline body.
        throw new ConfigException(file, where + "response.transformers",
            "only [\"" + TEMPLATE + "\"] on an inline body is allowed in a replay mapping");
      }
    }
  }

  private static void allowed(Path file, String where, ObjectNode node, Set<String> keys) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!keys.contains(key)) {
        throw new ConfigException(file, where + key, key.startsWith("proxy")
            ? "not allowed: a replay serves its own recorded files and never reaches the network"
            : "not allowed in a replay mapping (allowed: " + keys.stream().sorted()
                .collect(Collectors.joining(", ")) + ")");
      }
    }
  }

  private ObjectNode confine(Path file, String where, ObjectNode mapping, Path folder,
      String outletId, List<String> hosts) {
    ObjectNode request = (ObjectNode) mapping.get("request");
    ObjectNode mine = json.createObjectNode().put("matches", hosts.stream()
        .map(Pattern::quote).collect(Collectors.joining("|")));
    // Several outlets share the server: a mapping answers only for its own outlet's hosts.
    request.set("host", request.has("host")
        ? json.createObjectNode().set("and", json.createArrayNode().add(request.get("host")).add(mine))
        : mine);
    ObjectNode response = (ObjectNode) mapping.get("response");
    if (response.has("bodyFileName")) {
      response.put("bodyFileName", outletId + "/__files/"
          + bodyFile(file, where, response.get("bodyFileName"), folder.resolve("__files")));
    }
    for (String key : List.of("scenarioName")) {
      if (mapping.has(key)) {
        mapping.put(key, outletId + "/" + mapping.get(key).asText());
      }
    }
    return mapping;
  }

  /** The body file's name under {@code __files}, refused when it would lead outside it. */
  private static String bodyFile(Path file, String where, JsonNode name, Path files) {
    String key = where + "response.bodyFileName";
    if (!name.isTextual() || name.asText().isEmpty()) {
      throw new ConfigException(file, key, "must be a file name under __files");
    }
    Path relative;
    try {
      relative = Path.of(name.asText());
    } catch (RuntimeException e) {
      throw new ConfigException(file, key, "not a file name: " + e.getMessage(), e);
    }
    Path resolved = files.resolve(relative).normalize();
    if (relative.isAbsolute() || !resolved.startsWith(files.normalize())) {
      throw new ConfigException(file, key,
          "'" + name.asText() + "' is outside the outlet's __files folder: a replay serves only"
              + " its own files");
    }
    try {
      // A link may point anywhere; what it points at must be inside the folder too.
      if (Files.exists(resolved)
          && !resolved.toRealPath().startsWith(files.toRealPath())) {
        throw new ConfigException(file, key,
            "'" + name.asText() + "' links outside the outlet's __files folder");
      }
    } catch (IOException e) {
      throw new ConfigException(file, key, "cannot be read: " + e.getMessage(), e);
    }
    return files.normalize().relativize(resolved).toString().replace('\\', '/');
  }

  private JsonNode parse(Path file) {
    try {
      return json.readTree(Files.readAllBytes(file));
    } catch (JacksonException e) {
      throw new ConfigException(file, null, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(file, null, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static List<Path> files(Path mappings) {
    try (Stream<Path> walk = Files.walk(mappings)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + mappings, e);
    }
  }
}

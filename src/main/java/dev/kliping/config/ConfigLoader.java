package dev.kliping.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.kliping.extract.Boilerplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads {@code kliping.yaml}, the outlet files it names and the boilerplate catalogue, and checks
 * them. Unknown keys, wrong types and bad values fail with a {@link ConfigException} that names
 * the file and the key, so an archivist can fix the file without reading code.
 */
public final class ConfigLoader {
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  private final OutletValidator validator = new OutletValidator();

  public Settings load(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    KlipingConfig main = readOverDefaults(file);
    SettingRanges.check(file, main);
    checkDaemon(file, main.daemon());
    checkLearning(file, main.learnedBoilerplate());
    checkCluster(file, main);
    checkDatabase(file, main.database());
    Boilerplate boilerplate = Boilerplate.NONE;
    if (main.boilerplate() != null) {
      Path catalogue = dir.resolve(main.boilerplate());
      boilerplate = read(catalogue, Boilerplate.class);
      OutletValidator.captionEndings(catalogue, "caption_endings", boilerplate);
    }
    List<OutletConfig> outlets = new ArrayList<>();
    for (Path outletFile : OutletFiles.of(file, dir.resolve(main.outletsDir()), main.outlets())) {
      String id = OutletFiles.id(outletFile);
      OutletConfig outlet = read(outletFile, OutletConfig.class);
      validator.check(outletFile, id, outlet);
      outlets.add(outlet);
    }
    return new Settings(file, main, outlets, boilerplate);
  }

  /**
   * One outlet file on its own, checked as {@link #load} checks it: for a file written outside
   * the main file's selection.
   */
  public OutletConfig loadOutlet(Path file, String id) {
    OutletConfig outlet = read(file, OutletConfig.class);
    validator.check(file, id, outlet);
    return outlet;
  }

  private static void checkLearning(Path file, LearnedBoilerplateSettings learning) {
    if (learning.windowDays() < 1) {
      throw new ConfigException(file, "learned_boilerplate.window_days", "must be at least 1");
    }
    if (learning.minPages() == 1 || learning.minPages() < 0) {
      throw new ConfigException(file, "learned_boilerplate.min_pages",
          "must be at least 2 (a line on one page does not recur), or 0 to learn nothing");
    }
  }

  private static void checkCluster(Path file, KlipingConfig main) {
    if (main.node() != null && !main.node().matches("[A-Za-z0-9._-]{1,100}")) {
      throw new ConfigException(file, "node",
          "must be 1 to 100 letters, digits, '.', '_' or '-' (it goes into WARC file names)");
    }
    duration(file, "cluster.checkin_interval", main.cluster().checkinInterval());
    if (duration(file, "cluster.lease", main.cluster().lease())
        .compareTo(java.time.Duration.ofSeconds(5)) < 0) {
      throw new ConfigException(file, "cluster.lease",
          "must be at least 5s: a visit must fit in it");
    }
  }

  private static void checkDatabase(Path file, DatabaseSettings database) {
    if (database.url() != null && !database.url().toLowerCase(java.util.Locale.ROOT)
        .startsWith("jdbc:postgresql://")) {
      throw new ConfigException(file, "database.url", "must be a PostgreSQL JDBC URL,"
          + " jdbc:postgresql://HOST[:PORT]/DATABASE, or left out to keep the rows in the H2"
          + " file in the archive folder");
    }
    if (database.url() == null && database.user() != null) {
      throw new ConfigException(file, "database.user", "names a PostgreSQL role, but"
          + " database.url is not set (the H2 file needs no user)");
    }
  }

  private static void checkDaemon(Path file, DaemonSettings daemon) {
    if (daemon.apiPort() < 0 || daemon.apiPort() > 65535) {
      throw new ConfigException(file, "daemon.api_port",
          "must be a port from 1 to 65535, or 0 for any free port");
    }
    if (daemon.revisitCheckSeconds() < 1) {
      throw new ConfigException(file, "daemon.revisit_check_seconds", "must be at least 1");
    }
    if (duration(file, "daemon.default_interval", daemon.defaultInterval())
        .compareTo(java.time.Duration.ofMinutes(1)) < 0) {
      throw new ConfigException(file, "daemon.default_interval", "must be at least 1m");
    }
    if (daemon.parallelPasses() < 1 || daemon.parallelPasses() > 64) {
      throw new ConfigException(file, "daemon.parallel_passes", "must be from 1 to 64");
    }
    if (daemon.health().maxIndexLag() < 0) {
      throw new ConfigException(file, "daemon.health.max_index_lag", "must not be negative");
    }
    if (daemon.health().minFreeDiskMb() < 0) {
      throw new ConfigException(file, "daemon.health.min_free_disk_mb", "must not be negative");
    }
    if (daemon.health().outletLateFactor() < 1) {
      throw new ConfigException(file, "daemon.health.outlet_late_factor", "must be at least 1");
    }
    java.time.Duration previous = java.time.Duration.ZERO;
    for (int i = 0; i < daemon.revisit().size(); i++) {
      RevisitStep step = daemon.revisit().get(i);
      java.time.Duration until = duration(file, "daemon.revisit[" + i + "].until", step.until());
      duration(file, "daemon.revisit[" + i + "].every", step.every());
      if (until.compareTo(previous) <= 0) {
        throw new ConfigException(file, "daemon.revisit[" + i + "].until",
            "must be later than the step before");
      }
      previous = until;
    }
  }

  private static java.time.Duration duration(Path file, String key, String value) {
    try {
      java.time.Duration d = Durations.parse(value);
      if (d.isZero()) {
        throw new IllegalArgumentException("must not be zero");
      }
      return d;
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file, key, e.getMessage(), e);
    }
  }

  /**
   * Reads the main file over the defaults, so an archivist may write only the keys they change
   * (e.g. just {@code http: {host_delay_millis: 5000}}).
   */
  private KlipingConfig readOverDefaults(Path file) {
    JsonNode given = read(file, JsonNode.class);
    if (!given.isObject()) {
      throw new ConfigException(file, null, "must be a mapping of keys to values");
    }
    ObjectNode merged = yaml.valueToTree(KlipingConfig.DEFAULTS);
    merge(merged, (ObjectNode) given);
    try {
      return yaml.treeToValue(merged, KlipingConfig.class);
    } catch (JsonMappingException e) {
      throw new ConfigException(file, keyPath(e), firstLine(e.getOriginalMessage()), e);
    } catch (JacksonException e) {
      throw new ConfigException(file, null, firstLine(e.getOriginalMessage()), e);
    }
  }

  private static void merge(ObjectNode base, ObjectNode over) {
    over.fields().forEachRemaining(field -> {
      JsonNode old = base.get(field.getKey());
      if (old instanceof ObjectNode o && field.getValue() instanceof ObjectNode n) {
        merge(o, n);
      } else {
        base.set(field.getKey(), field.getValue());
      }
    });
  }

  private <T> T read(Path file, Class<T> type) {
    try {
      T value = yaml.readValue(Files.readAllBytes(file), type);
      if (value == null) {
        throw new ConfigException(file, null, "is empty");
      }
      return value;
    } catch (NoSuchFileException e) {
      throw new ConfigException(file, null, "file not found", e);
    } catch (JsonMappingException e) {
      throw new ConfigException(file, keyPath(e), firstLine(e.getOriginalMessage()), e);
    } catch (JacksonException e) {
      throw new ConfigException(file, null, "not valid YAML: " + firstLine(e.getOriginalMessage()),
          e);
    } catch (IOException e) {
      throw new ConfigException(file, null, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static String keyPath(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid value";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

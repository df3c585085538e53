package dev.kliping.version;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How a version's text was made: the extractor ("outlet" or "generic"), the kliping release, and
 * a hash of the rules that applied. Two texts of the same bytes can differ only when one of these
 * differs. Any field may be null for versions stored before provenance was recorded.
 */
public record Provenance(String extractor, String klipingVersion, String rulesHash) {

  /** What versions stored before provenance existed carry. */
  public static final Provenance UNKNOWN = new Provenance(null, null, null);

  // Sorted keys, so the hash depends on the rules' content and never on field order.
  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .build();

  /** The running kliping's release, from the jar's manifest; "dev" when run from classes. */
  public static String runningRelease() {
    String v = Provenance.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /**
   * SHA-256 hex of the rules that made a text, given as values Jackson can write (records,
   * lists, maps): for the crawl, the outlet's rules and the effective boilerplate catalogue, and
   * any learned data that takes part in extraction. The same values always give the same hash.
   */
  public static String rulesHash(Object... parts) {
    Objects.requireNonNull(parts, "parts");
    try {
      byte[] json = CANONICAL.writeValueAsBytes(parts);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("rules cannot be written as JSON: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** This provenance with another extractor: the rules picked, per page, which one ran. */
  public Provenance withExtractor(String name) {
    return new Provenance(name, klipingVersion, rulesHash);
  }

  /**
   * True when a text made this way and one made {@code other}'s way could differ for the same
   * bytes: the rules, the release or the extractor differ, or either is unknown.
   */
  public boolean differsFrom(Provenance other) {
    return rulesHash == null || other.rulesHash == null
        || !rulesHash.equals(other.rulesHash) || !Objects.equals(klipingVersion, other.klipingVersion)
        || !Objects.equals(extractor, other.extractor);
  }
}

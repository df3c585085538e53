package dev.kliping.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.kliping.version.ChangeKind;
import dev.kliping.version.NormalizedArticle;
import dev.kliping.version.Significance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One hand-made pair of versions of a story with the significance and kinds a careful reader
 * gives its change: a row of the table in {@code change-pairs.yaml}, built into the jar.
 */
public record ChangePair(String name, @JsonProperty("old_title") String oldTitle,
    @JsonProperty("new_title") String newTitle,
    @JsonProperty("old_authors") List<String> oldAuthors,
    @JsonProperty("new_authors") List<String> newAuthors,
    @JsonProperty("old") String oldBody, @JsonProperty("new") String newBody,
    String significance, List<String> kinds) {

  private static final String TITLE = "Banjir Rendam 12 Kelurahan di Jakarta Utara";
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-06-20T10:00:00+07:00");

  /** Every pair of the built-in table, in file order. */
  public static List<ChangePair> table() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = ChangePair.class.getResourceAsStream("change-pairs.yaml")) {
      Objects.requireNonNull(in, "the jar lacks dev/kliping/bench/change-pairs.yaml");
      return Arrays.asList(yaml.readValue(in, ChangePair[].class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read change-pairs.yaml", e);
    }
  }

  public NormalizedArticle before() {
    return article(oldTitle, oldAuthors, oldBody);
  }

  public NormalizedArticle after() {
    return article(newTitle, newAuthors, newBody);
  }

  public Significance expectedSignificance() {
    return Significance.of(significance);
  }

  public Set<ChangeKind> expectedKinds() {
    Set<ChangeKind> out = EnumSet.noneOf(ChangeKind.class);
    kinds.forEach(k -> out.add(ChangeKind.of(k)));
    return out;
  }

  private static NormalizedArticle article(String title, List<String> authors, String body) {
    List<String> paragraphs = Arrays.stream(body.split("\n\\s*\n"))
        .map(NormalizedArticle::text).filter(Objects::nonNull).toList();
    return new NormalizedArticle(title == null ? TITLE : title,
        authors == null ? List.of("Ahmad Satryo") : authors, List.of(), PUBLISHED, null,
        "Megapolitan", null, "id", null, paragraphs, "outlet");
  }
}

package dev.kliping.version;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words that change classification and sentence splitting rely on: correction notices,
 * number and date words, capitalised words that are not names, abbreviations. Loaded from
 * {@code changes-id.yaml} built into the jar; every entry is compared in lower case. Immutable.
 */
public record Lexicon(List<String> noticeStarts, List<String> noticeContains,
    Set<String> numberWords, Set<String> notNames, Set<String> abbreviations) {

  private static final java.util.regex.Pattern OPENING =
      java.util.regex.Pattern.compile("^[\\s\\[(*_\"“'‘-]+");

  /** The built-in Indonesian (and English) lexicon. */
  public static final Lexicon INDONESIAN = load("changes-id.yaml");

  public Lexicon {
    noticeStarts = lower(noticeStarts).stream().toList();
    noticeContains = lower(noticeContains).stream().toList();
    numberWords = Set.copyOf(lower(numberWords));
    notNames = Set.copyOf(lower(notNames));
    abbreviations = Set.copyOf(lower(abbreviations));
  }

  /** The file as YAML reads it. */
  private record File(@JsonProperty("notice_starts") List<String> noticeStarts,
      @JsonProperty("notice_contains") List<String> noticeContains,
      @JsonProperty("number_words") List<String> numberWords,
      @JsonProperty("not_names") List<String> notNames,
      @JsonProperty("abbreviations") List<String> abbreviations) {}

  private static Lexicon load(String resource) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks dev/kliping/version/" + resource);
      }
      File f = yaml.readValue(in, File.class);
      return new Lexicon(f.noticeStarts(), f.noticeContains(), Set.copyOf(f.numberWords()),
          Set.copyOf(f.notNames()), Set.copyOf(f.abbreviations()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dev/kliping/version/" + resource, e);
    }
  }

  private static java.util.Collection<String> lower(java.util.Collection<String> words) {
    return Objects.requireNonNull(words, "words").stream()
        .map(w -> w.toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** True when the sentence is a notice that the story was corrected or updated. */
  public boolean isNotice(String sentence) {
    if (noticeLead(sentence) > 0) {
      return true;
    }
    String s = sentence.toLowerCase(Locale.ROOT);
    for (String phrase : noticeContains) {
      if (s.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many words of the sentence are a notice's opening label ("Catatan Redaksi:" is two), or
   * 0 when it opens with none.
   */
  public int noticeLead(String sentence) {
    String s = OPENING.matcher(sentence.toLowerCase(Locale.ROOT)).replaceFirst("");
    for (String start : noticeStarts) {
      if (s.startsWith(start)) {
        String rest = s.substring(start.length()).stripLeading();
        if (!rest.isEmpty() && ":-–—(])".indexOf(rest.charAt(0)) >= 0) {
          return start.split(" ").length;
        }
      }
    }
    return 0;
  }
}

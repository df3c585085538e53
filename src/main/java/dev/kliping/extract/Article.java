package dev.kliping.extract;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article as extracted from one page: metadata fields and body paragraphs in reading order.
 * Lists are never null (empty when unknown); other fields are null when the page does not say.
 * An article with an empty body means no article was found; {@link #problem} then says why.
 */
public record Article(
    String title,
    List<String> authors,
    List<String> editors,
    OffsetDateTime published,
    OffsetDateTime modified,
    String section,
    String sourceCredit,
    String language,
    String canonicalUrl,
    List<String> body,
    String extractor,
    List<String> continuationUrls,
    String problem,
    /*
     * Where each metadata field came from: field name (title, authors, editors, published,
     * modified, section, source_credit) to OUTLET or GENERIC; a field that is empty is absent.
     */
    Map<String, String> sources) {

  public static final String OUTLET = "outlet";
  public static final String GENERIC = "generic";
  /** The metadata fields that fall back field by field, in the order they are printed. */
  public static final List<String> FIELDS = List.of("title", "authors", "editors", "published",
      "modified", "section", "source_credit");

  public Article {
    authors = List.copyOf(Objects.requireNonNullElse(authors, List.of()));
    editors = List.copyOf(Objects.requireNonNullElse(editors, List.of()));
    body = List.copyOf(Objects.requireNonNullElse(body, List.of()));
    continuationUrls = List.copyOf(Objects.requireNonNullElse(continuationUrls, List.of()));
    sources = sources == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sources));
  }

  /** An article whose filled fields all came from {@code extractor}'s reading. */
  public Article(String title, List<String> authors, List<String> editors,
      OffsetDateTime published, OffsetDateTime modified, String section, String sourceCredit,
      String language, String canonicalUrl, List<String> body, String extractor,
      List<String> continuationUrls, String problem) {
    this(title, authors, editors, published, modified, section, sourceCredit, language,
        canonicalUrl, body, extractor, continuationUrls, problem, null);
  }

  /** Field name to source for the fields that have a value, all from {@code source}. */
  static Map<String, String> sources(Article a, String source) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String field : FIELDS) {
      if (a.has(field)) {
        m.put(field, source);
      }
    }
    return m;
  }

  /** True when {@code field} (one of {@link #FIELDS}) has a value. */
  public boolean has(String field) {
    return switch (field) {
      case "title" -> title != null && !title.isBlank();
      case "authors" -> !authors.isEmpty();
      case "editors" -> !editors.isEmpty();
      case "published" -> published != null;
      case "modified" -> modified != null;
      case "section" -> section != null && !section.isBlank();
      case "source_credit" -> sourceCredit != null && !sourceCredit.isBlank();
      default -> throw new IllegalArgumentException("no field " + field);
    };
  }

  /**
   * This article with every field it lacks taken from {@code other}, another reading of the same
   * page; {@link #sources} records {@code otherSource} for those fields.
   */
  public Article completedBy(Article other, String otherSource) {
    Map<String, String> src = new LinkedHashMap<>(sources);
    for (String field : FIELDS) {
      if (!has(field) && other.has(field)) {
        src.put(field, otherSource);
      }
    }
    return new Article(
        has("title") ? title : other.title(),
        has("authors") ? authors : other.authors(),
        has("editors") ? editors : other.editors(),
        published != null ? published : other.published(),
        modified != null ? modified : other.modified(),
        has("section") ? section : other.section(),
        has("source_credit") ? sourceCredit : other.sourceCredit(),
        language != null ? language : other.language(),
        canonicalUrl != null ? canonicalUrl : other.canonicalUrl(),
        body, extractor, continuationUrls, problem, src);
  }

  /** True when some field of {@link #FIELDS} is empty. */
  public boolean lacksAField() {
    for (String field : FIELDS) {
      if (!has(field)) {
        return true;
      }
    }
    return false;
  }

  /** An article that was not found, with the reason in plain words. */
  public static Article notFound(String extractor, String problem) {
    return new Article(null, List.of(), List.of(), null, null, null, null, null, null,
        List.of(), extractor, List.of(), Objects.requireNonNull(problem, "problem"));
  }

  /** True when the page yielded at least one body paragraph. */
  public boolean found() {
    return !body.isEmpty();
  }

  /** The body paragraphs joined by blank lines, without the title. */
  public String text() {
    return String.join("\n\n", body);
  }

  /** This article with its language set, when the page did not declare one. */
  public Article withDefaultLanguage(String fallback) {
    if (language != null || fallback == null) {
      return this;
    }
    return new Article(title, authors, editors, published, modified, section, sourceCredit,
        fallback, canonicalUrl, body, extractor, continuationUrls, problem, sources);
  }

  /** This article with the body of a later page of the same story appended. */
  public Article withContinuation(Article next) {
    List<String> joined = new java.util.ArrayList<>(body);
    joined.addAll(next.body());
    Map<String, String> src = new LinkedHashMap<>(sources);
    if (sourceCredit == null && next.sourceCredit() != null) {
      src.put("source_credit", next.sources().getOrDefault("source_credit", next.extractor()));
    }
    return new Article(title, authors, editors, published, modified, section,
        sourceCredit != null ? sourceCredit : next.sourceCredit(), language, canonicalUrl,
        joined, extractor, List.of(), problem, src);
  }
}

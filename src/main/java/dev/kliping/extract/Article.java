package dev.kliping.extract;

import java.time.OffsetDateTime;
import java.util.List;
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
    String problem) {

  public static final String OUTLET = "outlet";
  public static final String GENERIC = "generic";

  public Article {
    authors = List.copyOf(Objects.requireNonNullElse(authors, List.of()));
    editors = List.copyOf(Objects.requireNonNullElse(editors, List.of()));
    body = List.copyOf(Objects.requireNonNullElse(body, List.of()));
    continuationUrls = List.copyOf(Objects.requireNonNullElse(continuationUrls, List.of()));
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
        fallback, canonicalUrl, body, extractor, continuationUrls, problem);
  }

  /** This article with the body of a later page of the same story appended. */
  public Article withContinuation(Article next) {
    List<String> joined = new java.util.ArrayList<>(body);
    joined.addAll(next.body());
    return new Article(title, authors, editors, published, modified, section,
        sourceCredit != null ? sourceCredit : next.sourceCredit(), language, canonicalUrl,
        joined, extractor, List.of(), problem);
  }
}

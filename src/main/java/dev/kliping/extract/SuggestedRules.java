package dev.kliping.extract;

import java.util.List;
import java.util.Objects;

/**
 * Selectors proposed for an outlet's {@code rules:}, one list per field (empty when the generic
 * extractor found the field somewhere no stable selector names, or not at all).
 */
public record SuggestedRules(List<String> title, List<String> body, List<String> published,
    List<String> authors) {

  public SuggestedRules {
    title = List.copyOf(Objects.requireNonNullElse(title, List.of()));
    body = List.copyOf(Objects.requireNonNullElse(body, List.of()));
    published = List.copyOf(Objects.requireNonNullElse(published, List.of()));
    authors = List.copyOf(Objects.requireNonNullElse(authors, List.of()));
  }

  /** True when no field got a selector. */
  public boolean isEmpty() {
    return title.isEmpty() && body.isEmpty() && published.isEmpty() && authors.isEmpty();
  }

  /** As outlet rules (no removals, no boilerplate), to try them on a page. */
  public OutletRules asRules() {
    return new OutletRules(title, body, published, null, authors, null, null, null, null, null,
        null, null);
  }
}

package dev.kliping.extract;

import java.util.List;
import java.util.Objects;

/**
 * An outlet's extraction rules: CSS selectors tried in order (the first that matches wins) and
 * boilerplate phrases added to the default catalogue. Every list is non-null, possibly empty.
 */
public record OutletRules(
    List<String> title,
    List<String> body,
    List<String> published,
    List<String> modified,
    List<String> authors,
    List<String> editors,
    List<String> section,
    List<String> sourceCredit,
    List<String> remove,
    List<String> pagination,
    /* The zone of dates printed without one, such as "+07:00" for WIB; null means +07:00. */
    String zone,
    Boilerplate boilerplate,
    /* Recurring lines that are content: never dropped as learned boilerplate. */
    List<String> keep) {

  public OutletRules {
    title = nonNull(title);
    body = nonNull(body);
    published = nonNull(published);
    modified = nonNull(modified);
    authors = nonNull(authors);
    editors = nonNull(editors);
    section = nonNull(section);
    sourceCredit = nonNull(sourceCredit);
    remove = nonNull(remove);
    pagination = nonNull(pagination);
    boilerplate = Objects.requireNonNullElse(boilerplate, Boilerplate.NONE);
    keep = nonNull(keep);
  }

  /** Rules without {@code keep} lines. */
  public OutletRules(List<String> title, List<String> body, List<String> published,
      List<String> modified, List<String> authors, List<String> editors, List<String> section,
      List<String> sourceCredit, List<String> remove, List<String> pagination, String zone,
      Boilerplate boilerplate) {
    this(title, body, published, modified, authors, editors, section, sourceCredit, remove,
        pagination, zone, boilerplate, null);
  }

  /** Rules that select nothing: the generic extractor does all the work. */
  public static final OutletRules NONE =
      new OutletRules(null, null, null, null, null, null, null, null, null, null, null, null,
          null);

  private static List<String> nonNull(List<String> list) {
    return List.copyOf(Objects.requireNonNullElse(list, List.of()));
  }
}

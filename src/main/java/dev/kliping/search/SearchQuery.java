package dev.kliping.search;

import java.time.Instant;

/**
 * What a researcher asks the index: words and phrases, and filters; every filter may be null.
 * Without {@code asOf} or {@code allVersions} only each page's latest version is searched.
 *
 * @param text words, "quoted phrases", -excluded words and a | b, and no other operator; blank
 *     for everything the filters let through
 * @param from the earliest moment of {@code dateField}, inclusive
 * @param to the moment {@code dateField} must be before (exclusive)
 * @param author words of an author's name, all required, in order
 * @param changedOnly only stories the publisher edited after publication
 * @param substantiveOnly only stories with at least one substantive publisher edit
 * @param correctionsOnly only stories that carry a notice of correction or update
 * @param asOf the versions that were the live ones at this moment
 * @param allVersions every matching version instead of the latest of each page
 * @param limit how many hits to return
 */
public record SearchQuery(String text, String outlet, Instant from, Instant to,
    DateField dateField, String author, boolean changedOnly, Instant asOf, boolean allVersions,
    int limit, boolean substantiveOnly, boolean correctionsOnly) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 1000;

  /** Which date the from/to range applies to. */
  public enum DateField { PUBLISHED, CAPTURED }

  public SearchQuery {
    text = text == null ? "" : text.strip();
    dateField = dateField == null ? DateField.PUBLISHED : dateField;
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
    }
  }

  /** A query without the change filters (substantive, corrections). */
  public SearchQuery(String text, String outlet, Instant from, Instant to, DateField dateField,
      String author, boolean changedOnly, Instant asOf, boolean allVersions, int limit) {
    this(text, outlet, from, to, dateField, author, changedOnly, asOf, allVersions, limit, false,
        false);
  }

  /** This query, keeping only stories with a substantive edit and/or a correction notice. */
  public SearchQuery withChangeFilters(boolean substantive, boolean corrections) {
    return new SearchQuery(text, outlet, from, to, dateField, author, changedOnly, asOf,
        allVersions, limit, substantive, corrections);
  }

  /** Everything: the latest version of every page, newest first. */
  public static SearchQuery all() {
    return text("");
  }

  /** The latest versions matching text, with no filters. */
  public static SearchQuery text(String text) {
    return new SearchQuery(text, null, null, null, null, null, false, null, false, DEFAULT_LIMIT);
  }

  public SearchQuery withLimit(int n) {
    return new SearchQuery(text, outlet, from, to, dateField, author, changedOnly, asOf,
        allVersions, n, substantiveOnly, correctionsOnly);
  }
}

package dev.kliping.search;

/** The names of the index's fields, one place for the writer and the queries. */
final class Fields {
  static final String VERSION_ID = "version_id";
  static final String URL = "url";
  static final String OUTLET = "outlet";
  static final String NUMBER = "number";
  /** The title, stored for display; its words are searched in {@link #TEXT}. */
  static final String TITLE = "title";
  /**
   * The searched words of a version in one field: the body (stored, and the only stored value,
   * so the highlighter's offsets are the body's), then the title twice, so a title word counts
   * twice a body word. One field means one posting list per word of a query.
   */
  static final String TEXT = "text";
  static final String AUTHORS = "authors";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_TEXT = "published_text";
  static final String CAPTURED = "captured";
  static final String LATEST = "latest";
  static final String CHANGED = "changed";
  /** The story has a substantive publisher edit. */
  static final String SUBSTANTIVE = "substantive";
  /** The story carries a notice of correction or update. */
  static final String CORRECTION = "correction";
  /** When the version was the live one: [captured, next version's capture), as one range. */
  static final String LIVE = "live";
  static final String YES = "true";

  private Fields() {}
}

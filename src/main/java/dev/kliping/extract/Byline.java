package dev.kliping.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one metadata line of an article says: "Penulis : A Editor : B", "oleh A dan B",
 * "Sumber: X", "A • 08 Desember 2021 07:06". Lists are never null; other fields may be null.
 */
record Byline(List<String> authors, List<String> editors, String sourceCredit,
    OffsetDateTime published) {

  static final Byline NONE = new Byline(List.of(), List.of(), null, null);

  Byline {
    authors = List.copyOf(authors);
    editors = List.copyOf(editors);
  }

  /** This byline's fields, with the other's filling the gaps. */
  Byline or(Byline other) {
    return new Byline(authors.isEmpty() ? other.authors : authors,
        editors.isEmpty() ? other.editors : editors,
        sourceCredit != null ? sourceCredit : other.sourceCredit,
        published != null ? published : other.published);
  }

  boolean isEmpty() {
    return authors.isEmpty() && editors.isEmpty() && sourceCredit == null && published == null;
  }
}

package dev.kliping.version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Compares two normalised articles field by field, and title and body word by word. */
public final class ArticleDiff {
  private ArticleDiff() {}

  /** What changed from {@code before} to {@code after}; empty when they are the same. */
  public static Changes between(NormalizedArticle before, NormalizedArticle after) {
    List<FieldChange> fields = new ArrayList<>();
    field(fields, "authors", join(before.authors()), join(after.authors()));
    field(fields, "editors", join(before.editors()), join(after.editors()));
    published(fields, before.published(), after.published());
    field(fields, "source_credit", before.sourceCredit(), after.sourceCredit());
    field(fields, "section", before.section(), after.section());
    List<WordChange> title = WordDiff.between("title",
        WordChange.words(before.title()), WordChange.words(after.title()));
    List<WordChange> body = WordDiff.between("body",
        WordChange.words(before.paragraphs()), WordChange.words(after.paragraphs()));
    return new Changes(summary(fields, title, body), fields, title, body);
  }

  private static String summary(List<FieldChange> fields, List<WordChange> title,
      List<WordChange> body) {
    List<String> parts = new ArrayList<>();
    if (!title.isEmpty()) {
      parts.add("title: " + WordDiff.summary(title));
    }
    for (FieldChange f : fields) {
      parts.add(f.field() + " changed");
    }
    if (!body.isEmpty()) {
      parts.add("body: " + WordDiff.summary(body));
    }
    return parts.isEmpty() ? "no change" : String.join("; ", parts);
  }

  private static void field(List<FieldChange> out, String name, String before, String after) {
    if (!Objects.equals(before, after)) {
      out.add(new FieldChange(name, before, after));
    }
  }

  private static String join(List<String> items) {
    return items.isEmpty() ? null : String.join("; ", items);
  }

  // Compared as instants, like the content hash, so a restated offset is no change; shown with
  // the offset the outlet gave.
  private static void published(List<FieldChange> out, OffsetDateTime before,
      OffsetDateTime after) {
    boolean same = before == null ? after == null : after != null && before.isEqual(after);
    if (!same) {
      out.add(new FieldChange("published", iso(before), iso(after)));
    }
  }

  private static String iso(OffsetDateTime t) {
    return t == null ? null : t.toString();
  }
}

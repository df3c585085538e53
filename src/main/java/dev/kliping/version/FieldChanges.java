package dev.kliping.version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The metadata fields that differ between two articles, each with its kinds. */
final class FieldChanges {
  private final Lexicon lexicon;

  FieldChanges(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<FieldChange> between(NormalizedArticle before, NormalizedArticle after) {
    List<FieldChange> out = new ArrayList<>();
    field(out, "authors", join(before.authors()), join(after.authors()), ChangeKind.NAME);
    field(out, "editors", join(before.editors()), join(after.editors()), ChangeKind.NAME);
    published(out, before.published(), after.published());
    field(out, "source_credit", before.sourceCredit(), after.sourceCredit(), ChangeKind.NAME);
    field(out, "section", before.section(), after.section(), ChangeKind.REWORDED);
    return out;
  }

  /** A field whose values differ only in case, spacing or punctuation is a cosmetic change. */
  private void field(List<FieldChange> out, String name, String before, String after,
      ChangeKind what) {
    if (Objects.equals(before, after)) {
      return;
    }
    boolean cosmetic = before != null && after != null
        && Words.letters(Words.of(before)).equals(Words.letters(Words.of(after)))
        && Words.numbers(Words.of(before), lexicon).equals(Words.numbers(Words.of(after), lexicon));
    out.add(new FieldChange(name, before, after,
        List.of(ChangeKind.METADATA, cosmetic ? ChangeKind.COSMETIC : what)));
  }

  // Compared as instants, like the content hash, so a restated offset is no change; shown with
  // the offset the outlet gave.
  private static void published(List<FieldChange> out, OffsetDateTime before,
      OffsetDateTime after) {
    boolean same = before == null ? after == null : after != null && before.isEqual(after);
    if (!same) {
      out.add(new FieldChange("published", ArticleDiff.iso(before), ArticleDiff.iso(after),
          List.of(ChangeKind.METADATA, ChangeKind.NUMBER)));
    }
  }

  private static String join(List<String> items) {
    return items.isEmpty() ? null : String.join("; ", items);
  }
}

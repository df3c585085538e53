package dev.kliping.export;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kliping.archive.VersionDetails;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One exported version: where it is, its article's metadata, the change from the version before
 * it ({@code changeSummary} null for a first version), the page's story ({@code storyId} null
 * when it has none yet) and the body, paragraphs separated by a blank line.
 */
@JsonPropertyOrder({"url", "outlet", "version", "version_id", "captured", "capture_id",
    "published", "modified", "title", "authors", "editors", "section", "source_credit",
    "language", "canonical_url", "extractor", "words", "content_hash", "change_summary", "cause",
    "significance", "kinds", "story_id", "body"})
public record ExportRow(String url, String outlet, int version, long versionId, Instant captured,
    long captureId, OffsetDateTime published, OffsetDateTime modified, String title,
    List<String> authors, List<String> editors, String section, String sourceCredit,
    String language, String canonicalUrl, String extractor, int words, String contentHash,
    String changeSummary, String cause, String significance, List<String> kinds, Long storyId,
    String body, @JsonIgnore long pageId, @JsonIgnore String captureUrl) {

  /** The CSV header: the JSON names, in the same order. */
  static final List<String> COLUMNS = List.of("url", "outlet", "version", "version_id",
      "captured", "capture_id", "published", "modified", "title", "authors", "editors", "section",
      "source_credit", "language", "canonical_url", "extractor", "words", "content_hash",
      "change_summary", "cause", "significance", "kinds", "story_id", "body");

  public ExportRow {
    authors = List.copyOf(authors);
    editors = List.copyOf(editors);
    kinds = List.copyOf(kinds);
  }

  /** The row of a stored version. */
  static ExportRow of(VersionDetails v) {
    return new ExportRow(v.url(), v.outletId(), v.number(), v.versionId(), v.capturedAt(),
        v.captureId(), v.published(), v.modified(), v.title(), v.authors(), v.editors(),
        v.section(), v.sourceCredit(), v.language(), v.canonicalUrl(), v.extractor(), v.words(),
        v.contentHash(), v.changeSummary(), v.cause(), v.significance(), v.kinds(), v.storyId(),
        v.body(), v.pageId(), v.captureUrl());
  }

  /** The row as CSV cells, in {@link #COLUMNS} order; lists joined by "; ", nulls empty. */
  List<String> cells() {
    List<String> c = new ArrayList<>(COLUMNS.size());
    c.add(url);
    c.add(outlet);
    c.add(String.valueOf(version));
    c.add(String.valueOf(versionId));
    c.add(String.valueOf(captured));
    c.add(String.valueOf(captureId));
    c.add(text(published));
    c.add(text(modified));
    c.add(text(title));
    c.add(String.join("; ", authors));
    c.add(String.join("; ", editors));
    c.add(text(section));
    c.add(text(sourceCredit));
    c.add(text(language));
    c.add(text(canonicalUrl));
    c.add(text(extractor));
    c.add(String.valueOf(words));
    c.add(contentHash);
    c.add(text(changeSummary));
    c.add(text(cause));
    c.add(text(significance));
    c.add(String.join(" ", kinds));
    c.add(text(storyId));
    c.add(body);
    return c;
  }

  private static String text(Object o) {
    return o == null ? "" : o.toString();
  }
}

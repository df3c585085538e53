package dev.kliping.archive;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One stored version with everything an export writes about it: where it is, its article's
 * metadata and body, the change from the version before it, and the page's story.
 *
 * @param captureUrl the URL its capture fetched (e.g. {@code ?page=all} for a story on one page),
 *     which a replay tool finds in a WARC index; the page's URL when the capture row is gone
 * @param changeSummary the diff's summary, or null for a first version
 * @param cause "first", "edit" or "reextraction", as stored
 * @param significance "substantive" or "cosmetic" for an edit, else null
 * @param kinds the change kinds' labels
 * @param storyId the page's story, or null when it has none yet
 * @param body the paragraphs, separated by a blank line
 */
public record VersionDetails(long versionId, long pageId, String url, String outletId,
    int number, Instant capturedAt, long captureId, String captureUrl, OffsetDateTime published,
    OffsetDateTime modified, String title, List<String> authors, List<String> editors,
    String section, String sourceCredit, String language, String canonicalUrl, String extractor,
    int words, String contentHash, String changeSummary, String cause, String significance,
    List<String> kinds, Long storyId, String body) {

  public VersionDetails {
    authors = List.copyOf(authors);
    editors = List.copyOf(editors);
    kinds = List.copyOf(kinds);
  }
}

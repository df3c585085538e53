package dev.kliping.archive;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What storing one extracted article did: a new version, a re-extraction (a new text that is
 * our doing, not the publisher's), nothing because the article is the same as the page's latest
 * version, or nothing because there was no article to store.
 *
 * @param versionNumber the new version's number, or the latest one's when unchanged; 0 when the
 *     page has no version
 * @param versionId the id of that version, or 0 when the page has no version
 * @param diffSummary what changed, "first version", "unchanged" or why nothing was stored
 */
public record VersionOutcome(Status status, int versionNumber, long versionId,
    String diffSummary) {

  /** How storing ended. */
  public enum Status {
    /** A new version was stored: the page's first, or a publisher edit. */
    @JsonProperty("new") NEW,
    /** A new text was stored that our rules made, not the publisher: a re-extraction. */
    @JsonProperty("reextracted") REEXTRACTED,
    /** The normalised article equals the latest version. */
    @JsonProperty("unchanged") UNCHANGED,
    /** The article had no body, so no version was stored. */
    @JsonProperty("no_article") NO_ARTICLE
  }

  /** True when a new version was stored for a publisher's text (first or edited). */
  @JsonIgnore
  public boolean isNew() {
    return status == Status.NEW;
  }
}

package dev.kliping.archive;

import java.util.List;

/**
 * The passages one page copied from another (the source published first), with the share of each
 * article they cover and the credits the copy gives in its text.
 *
 * @param directionBy {@link #BY_PUBLISHED} when the published times decided which came first,
 *     {@link #BY_CAPTURE} when one was missing or they were equal and the first captures did
 * @param republication true when the passages cover almost all of the copy
 */
public record CopiedText(long sourcePageId, Long sourceVersionId, long targetPageId,
    Long targetVersionId, double sourceShare,
    double targetShare, boolean republication, String directionBy, List<String> credits,
    List<CopiedPassage> passages) {

  public static final String BY_PUBLISHED = "published";
  public static final String BY_CAPTURE = "first_capture";

  public CopiedText {
    credits = List.copyOf(credits);
    passages = List.copyOf(passages);
  }
}

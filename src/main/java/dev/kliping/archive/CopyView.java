package dev.kliping.archive;

import java.util.List;

/**
 * A copied text for reading: both pages (URL, outlet, title, the version compared), the shares,
 * the direction's basis, the credits and the passages.
 */
public record CopyView(Side source, Side target, double sourceShare, double targetShare,
    boolean republication, String directionBy, List<String> credits,
    List<CopiedPassage> passages) {

  /** One page of the pair. */
  public record Side(String url, String outletId, String title, Integer version) {}

  public CopyView {
    credits = List.copyOf(credits);
    passages = List.copyOf(passages);
  }
}

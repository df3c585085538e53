package dev.kliping.archive;

import java.util.List;

/**
 * A page's place among the outlets: its story (null when not placed), the other pages of that
 * story, the texts it copied (copiedFrom) and the texts others copied from it (copiedBy).
 */
public record ReuseView(String url, String outletId, Long storyId,
    List<StoryPageView> alsoCoveredBy, List<CopyView> copiedFrom, List<CopyView> copiedBy) {

  public ReuseView {
    alsoCoveredBy = List.copyOf(alsoCoveredBy);
    copiedFrom = List.copyOf(copiedFrom);
    copiedBy = List.copyOf(copiedBy);
  }
}

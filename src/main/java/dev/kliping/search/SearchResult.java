package dev.kliping.search;

import java.util.List;

/** The hits of one search, best first, and how many versions matched in all. */
public record SearchResult(long total, List<SearchHit> hits) {

  public SearchResult {
    hits = List.copyOf(hits);
  }
}

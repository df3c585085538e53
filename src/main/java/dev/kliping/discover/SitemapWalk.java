package dev.kliping.discover;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Walks an outlet's sitemaps, down through sitemap indexes, and collects the pages they list.
 * Bounded three ways: each sitemap is read once, indexes nest at most {@link #MAX_DEPTH} deep,
 * and every sitemap fetched spends its host's {@link UrlBudget}. The caller fetches (and records
 * and logs); this class only decides what to fetch next. Not thread-safe: one per pass.
 */
public final class SitemapWalk {
  /** sitemaps.org allows an index of sitemaps, not indexes of indexes; we allow some slack. */
  static final int MAX_DEPTH = 3;

  private final SitemapReader reader;
  private final UrlBudget budget;
  private final BiConsumer<String, String> problems;

  /** @param problems told (sitemap URL, why) of each sitemap not read, or skipped */
  public SitemapWalk(SitemapReader reader, UrlBudget budget, BiConsumer<String, String> problems) {
    this.reader = reader;
    this.budget = budget;
    this.problems = problems;
  }

  /**
   * @param fetch the body of a sitemap, or null when it could not be fetched
   * @return the pages listed, in the order found, with repeats
   */
  public List<String> pages(List<String> roots, Function<String, byte[]> fetch) {
    record Pending(String url, int depth) {}
    Deque<Pending> queue = new ArrayDeque<>();
    roots.forEach(url -> queue.add(new Pending(url, 0)));
    Set<String> seen = new HashSet<>();
    List<String> pages = new ArrayList<>();
    while (!queue.isEmpty()) {
      Pending next = queue.poll();
      if (!seen.add(next.url())) {
        continue;
      }
      if (!budget.take(next.url())) {
        problems.accept(next.url(), "skipped: this host's URL budget for the pass is spent");
        continue;
      }
      byte[] body = fetch.apply(next.url());
      if (body == null) {
        continue;
      }
      SitemapReader.Contents contents;
      try {
        contents = reader.read(body, next.url());
      } catch (IllegalArgumentException e) {
        problems.accept(next.url(), e.getMessage());
        continue;
      }
      pages.addAll(contents.pages());
      for (String child : contents.sitemaps()) {
        if (next.depth() + 1 > MAX_DEPTH) {
          problems.accept(child, "skipped: sitemap indexes nested deeper than " + MAX_DEPTH);
        } else {
          queue.add(new Pending(child, next.depth() + 1));
        }
      }
    }
    return pages;
  }
}

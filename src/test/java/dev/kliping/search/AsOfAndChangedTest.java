package dev.kliping.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The as-of and changed filters find exactly the versions their definitions name, at every
 * moment where the answer changes and just beside it: as-of, each page's version captured at or
 * before the moment whose successor (if any) came after it; changed, the pages with more than
 * one version. The expectation is worked out here from every version's capture time, not by the
 * index's own flags.
 */
class AsOfAndChangedTest {
  @TempDir static Path dir;
  static Archive archive;
  static SearchIndex index;
  /** Every version: url to (number to capture time). */
  static Map<String, TreeMap<Integer, Instant>> versions = new TreeMap<>();

  @BeforeAll
  static void open() throws Exception {
    TestArchives.copyTo(dir);
    archive = Archive.open(dir);
    index = SearchIndex.open(archive);
    // A few more pages edited at staggered moments, one of them twice, one at the same instant
    // as another page's edit, so the moments interleave across pages.
    List<SearchHit> pages = search(new SearchQuery("", null, null, null, null, null, false, null,
        false, 1000)).hits();
    Instant base = pages.stream().map(SearchHit::captured).max(Comparator.naturalOrder())
        .orElseThrow();
    for (int i = 0; i < 4; i++) {
      String url = pages.get(i * 3).url();
      Instant at = base.plus(Duration.ofMinutes(10L * (i % 3 + 1)));
      TestArchives.edit(archive, index, url, at, a -> TestArchives.article(a.title() + " (diubah)",
          a.authors(), null, a.body()));
      if (i == 1) {
        TestArchives.edit(archive, index, url, at.plusSeconds(90), a -> TestArchives.article(
            a.title() + " lagi", a.authors(), null, a.body()));
      }
    }
    for (SearchHit h : search(new SearchQuery("", null, null, null, null, null, false, null, true,
        1000)).hits()) {
      versions.computeIfAbsent(h.url(), u -> new TreeMap<>()).put(h.version(), h.captured());
    }
  }

  @AfterAll
  static void close() {
    index.close();
    archive.close();
  }

  private static SearchResult search(SearchQuery q) {
    return index.search(q);
  }

  private static Set<String> hits(SearchQuery q) {
    SearchResult r = search(q);
    assertEquals(r.total(), r.hits().size(), "every hit fits in the limit");
    return r.hits().stream().map(h -> h.url() + "#" + h.version())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> liveAt(Instant t) {
    Set<String> out = new TreeSet<>();
    versions.forEach((url, byNumber) -> {
      List<Map.Entry<Integer, Instant>> list = new ArrayList<>(byNumber.entrySet());
      for (int i = 0; i < list.size(); i++) {
        boolean started = !list.get(i).getValue().isAfter(t);
        boolean notYetReplaced = i == list.size() - 1 || list.get(i + 1).getValue().isAfter(t);
        if (started && notYetReplaced) {
          out.add(url + "#" + list.get(i).getKey());
        }
      }
    });
    return out;
  }

  @Test
  void asOfFindsTheVersionsLiveAtEveryMomentAndBesideIt() {
    Set<Instant> moments = new TreeSet<>();
    versions.values().forEach(v -> v.values().forEach(t -> {
      moments.add(t);
      moments.add(t.minusMillis(1));
      moments.add(t.plusMillis(1));
    }));
    assertTrue(moments.size() > 20, "moments: " + moments.size());
    int changing = 0;
    Set<String> previous = Set.of();
    for (Instant t : moments) {
      Set<String> expected = liveAt(t);
      assertEquals(expected, hits(new SearchQuery("", null, null, null, null, null, false, t,
          false, 1000)), "as of " + t);
      changing += expected.equals(previous) ? 0 : 1;
      previous = expected;
    }
    assertTrue(changing > 10, "the answer changes at " + changing + " moments");
  }

  @Test
  void asOfWithWordsAndFiltersIsTheIntersection() {
    Instant t = versions.values().stream().flatMap(v -> v.values().stream())
        .max(Comparator.naturalOrder()).orElseThrow().minusSeconds(60);
    Set<String> words = hits(new SearchQuery("korea", null, null, null, null, null, false, null,
        true, 1000));
    Set<String> expected = new TreeSet<>(liveAt(t));
    expected.retainAll(words);
    assertTrue(!expected.isEmpty());
    assertEquals(expected, hits(new SearchQuery("korea", null, null, null, null, null, false, t,
        false, 1000)));
  }

  @Test
  void changedFindsThePagesWithMoreThanOneVersion() {
    Set<String> latest = new TreeSet<>();
    Set<String> all = new TreeSet<>();
    versions.forEach((url, byNumber) -> {
      if (byNumber.size() > 1) {
        latest.add(url + "#" + byNumber.lastKey());
        byNumber.keySet().forEach(n -> all.add(url + "#" + n));
      }
    });
    assertTrue(latest.size() >= 4, "the edited story and those edited here: " + latest);
    assertEquals(latest, hits(new SearchQuery("", null, null, null, null, null, true, null, false,
        1000)));
    assertEquals(all, hits(new SearchQuery("", null, null, null, null, null, true, null, true,
        1000)));
    Instant t = versions.values().stream().flatMap(v -> v.values().stream())
        .max(Comparator.naturalOrder()).orElseThrow().minusSeconds(60);
    Set<String> changedThen = new TreeSet<>(liveAt(t));
    changedThen.retainAll(all);
    assertEquals(changedThen, hits(new SearchQuery("", null, null, null, null, null, true, t,
        false, 1000)));
  }
}

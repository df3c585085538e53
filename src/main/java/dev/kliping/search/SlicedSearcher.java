package dev.kliping.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher that searches the index's segments in as many groups as there are threads, side by
 * side. Lucene's own grouping puts up to 250,000 versions in one group, so an archive of a few
 * hundred thousand versions was searched by one thread while the others idled; here the
 * segments are shared out so each group holds about as many versions. Hits and totals are the
 * same as a single thread's: each group keeps its segments in index order, and the groups' best
 * hits are merged breaking ties by document, as one pass does.
 */
final class SlicedSearcher extends IndexSearcher {
  private final int groups;

  SlicedSearcher(IndexReader reader, Executor executor, int groups) {
    super(reader, executor);
    this.groups = groups;
  }

  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    int n = Math.min(Math.max(groups, 1), leaves.size());
    if (n <= 1) {
      return super.slices(leaves);
    }
    List<List<LeafReaderContext>> slices = new ArrayList<>();
    long[] docs = new long[n];
    for (int i = 0; i < n; i++) {
      slices.add(new ArrayList<>());
    }
    List<LeafReaderContext> biggestFirst = new ArrayList<>(leaves);
    biggestFirst.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc())
        .reversed());
    for (LeafReaderContext leaf : biggestFirst) {
      int least = 0;
      for (int i = 1; i < n; i++) {
        if (docs[i] < docs[least]) {
          least = i;
        }
      }
      slices.get(least).add(leaf);
      docs[least] += leaf.reader().maxDoc();
    }
    LeafSlice[] out = new LeafSlice[n];
    for (int i = 0; i < n; i++) {
      List<LeafReaderContext> slice = slices.get(i);
      slice.sort(Comparator.comparingInt(l -> l.ord));
      out[i] = new LeafSlice(slice);
    }
    return out;
  }
}

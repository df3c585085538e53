package dev.kliping.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a page in one walk: the {@link PageIndex} of its metadata elements, and the blocks of its
 * body with the {@link Regions} that hold them. Each walk over a whole page costs a fair share of
 * parsing it; the generic extractor used to make three. Never modifies the page.
 */
final class PageReader {

  /** What one walk gives. */
  record Read(PageIndex index, Regions regions) {}

  private PageReader() {}

  /** Reads {@code doc}; the regions have no blocks when the page has no body text. */
  static Read read(Document doc) {
    Element body = doc.body();
    PageIndex index = new PageIndex();
    List<Block> blocks = new ArrayList<>();
    Tally tally = new Tally();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node == body) {
          NodeTraversor.filter(new BodyWalk(body, index, blocks, tally), body);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof Element e) {
          index.add(e);
        }
        return FilterResult.CONTINUE;
      }
    }, doc);
    return new Read(index, tally.regions(blocks, body));
  }

  /* The body: blocks as BlockReader splits them, each counted by the tally, and indexed. */
  private static final class BodyWalk implements NodeFilter {
    private final PageIndex index;
    private final List<Block> blocks;
    private final Tally tally;
    private final BlockReader.Collector collector;
    private int counted;

    BodyWalk(Element body, PageIndex index, List<Block> blocks, Tally tally) {
      this.index = index;
      this.blocks = blocks;
      this.tally = tally;
      this.collector = new BlockReader.Collector(blocks, body);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      FilterResult r = collector.head(node, depth);
      if (node instanceof Element e) {
        if (r == FilterResult.SKIP_ENTIRELY) {
          // No text comes from a script or a hidden element, but metadata may: JSON-LD.
          index.addAll(e);
        } else {
          index.add(e);
        }
      }
      count();
      if (node instanceof Element e && r != FilterResult.SKIP_ENTIRELY) {
        tally.open(e);
      }
      return r;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      FilterResult r = collector.tail(node, depth);
      count();
      if (node instanceof Element) {
        tally.close();
      }
      return r;
    }

    /* Blocks finished since the last node, while their owners are still open. */
    private void count() {
      while (counted < blocks.size()) {
        tally.add(blocks.get(counted++));
      }
    }
  }
}

package dev.kliping.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds, before each word that directly follows another, the pair of the two ("korea utara"),
 * stacked on the word's position: a two-word phrase is then one term to look up. Words separated
 * by a dropped stop word (a position skipped) form no pair. The word after its pair has no
 * position increment of its own, so the words' positions, and the length a score divides by,
 * stay as without pairs. Lucene's ShingleFilter does this too, but indexed two and a half times
 * slower than the words alone; this is the one case we need.
 */
final class PairFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final StringBuilder previous = new StringBuilder();
  private final StringBuilder current = new StringBuilder();
  private int previousStart;
  private boolean hasPrevious;
  /** The word to give after the pair just given, or null. */
  private State word;

  PairFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (word != null) {
      restoreState(word);
      word = null;
      increment.setPositionIncrement(0);
      remember();
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!hasPrevious || increment.getPositionIncrement() != 1) {
      remember();
      return true;
    }
    word = captureState();
    current.setLength(0);
    current.append(term);
    term.setEmpty().append(previous).append(Analyzers.PAIR_SEPARATOR).append(current);
    // Start where the first word starts: offsets never go back, and a snippet marks both.
    offset.setOffset(previousStart, offset.endOffset());
    return true;
  }

  private void remember() {
    previous.setLength(0);
    previous.append(term);
    previousStart = offset.startOffset();
    hasPrevious = true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    hasPrevious = false;
    word = null;
  }
}

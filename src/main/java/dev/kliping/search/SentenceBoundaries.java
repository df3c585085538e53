package dev.kliping.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JDK's sentence boundaries, each found once per text. The highlighter asks for the sentence
 * around every passage it weighs (following and preceding offsets, several times per passage to
 * reach a snippet's length), and the JDK's iterator answers each such question by scanning back
 * to a safe point and forward again: in a body whose every sentence holds the searched words,
 * the first 10,000 characters were read many times over, for each of the twenty hits, and
 * highlighting took a third of a search's time at a million versions. Here the JDK's iterator
 * walks forward once, only as far as a question needs, and the boundaries it passes are kept;
 * every answer, position and DONE included, is the one the JDK's iterator gives (tested call by
 * call against it), with one exception: where the JDK's {@code preceding} contradicts its own
 * walk. After "PALEMBANG, khawatir. - Presiden ..." its walk finds no boundary at the period,
 * but its {@code preceding} answers the place just before it, so a snippet began ". - Presiden";
 * here the boundaries are always those of the walk, and that snippet begins at "PALEMBANG". On a
 * million versions, 4 of 3,000 snippets of 90 searches changed so, no hit and no total.
 */
final class SentenceBoundaries extends BreakIterator {
  private final BreakIterator walker = BreakIterator.getSentenceInstance(Locale.ROOT);
  private CharacterIterator text = new StringCharacterIterator("");
  /** The boundaries found so far, ascending; the first is the text's start. */
  private int[] found = new int[64];
  private int count;
  /** True when the walk has reached the end of the text. */
  private boolean complete;
  private int position;

  SentenceBoundaries() {
    setText(text);
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    walker.setText((CharacterIterator) newText.clone());
    found[0] = walker.first();
    count = 1;
    complete = false;
    position = text.getBeginIndex();
    text.first();
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int current() {
    return position;
  }

  @Override
  public int first() {
    return moveTo(text.getBeginIndex());
  }

  /** The end of the text is always a sentence boundary: no walk is needed to name it. */
  @Override
  public int last() {
    return moveTo(text.getEndIndex());
  }

  @Override
  public int next() {
    int i = after(position);
    return i < 0 ? DONE : moveTo(found[i]);
  }

  @Override
  public int next(int n) {
    int result = current();
    for (; n > 0 && result != DONE; n--) {
      result = next();
    }
    for (; n < 0 && result != DONE; n++) {
      result = previous();
    }
    return result;
  }

  @Override
  public int previous() {
    int i = before(position);
    return i < 0 ? DONE : moveTo(found[i]);
  }

  /** As the JDK's: at the end of the text, DONE with the position at the end. */
  @Override
  public int following(int offset) {
    check(offset);
    int i = after(offset);
    if (i < 0) {
      moveTo(text.getEndIndex());
      return DONE;
    }
    return moveTo(found[i]);
  }

  /** As the JDK's: at the start of the text, DONE with the position at the start. */
  @Override
  public int preceding(int offset) {
    check(offset);
    int i = before(offset);
    if (i < 0) {
      moveTo(offset);
      return DONE;
    }
    return moveTo(found[i]);
  }

  @Override
  public boolean isBoundary(int offset) {
    check(offset);
    return offset == text.getBeginIndex() || following(offset - 1) == offset;
  }

  @Override
  public Object clone() {
    SentenceBoundaries copy = new SentenceBoundaries();
    copy.setText((CharacterIterator) text.clone());
    copy.moveTo(position);
    return copy;
  }

  /** The index in found of the first boundary after offset, walking on as needed; -1: none. */
  private int after(int offset) {
    while (!complete && found[count - 1] <= offset) {
      walk();
    }
    int i = Arrays.binarySearch(found, 0, count, offset);
    i = i >= 0 ? i + 1 : -i - 1;
    return i < count ? i : -1;
  }

  /** The index in found of the last boundary before offset, walking on as needed; -1: none. */
  private int before(int offset) {
    while (!complete && found[count - 1] < offset) {
      walk();
    }
    int i = Arrays.binarySearch(found, 0, count, offset);
    i = i >= 0 ? i - 1 : -i - 2;
    return i;
  }

  private void walk() {
    int next = walker.next();
    if (next == DONE) {
      complete = true;
      return;
    }
    if (count == found.length) {
      found = Arrays.copyOf(found, count * 2);
    }
    found[count++] = next;
  }

  private int moveTo(int offset) {
    position = offset;
    text.setIndex(offset);
    return offset;
  }

  private void check(int offset) {
    if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
      throw new IllegalArgumentException("offset out of bounds");
    }
  }
}

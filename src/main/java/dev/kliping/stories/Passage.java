package dev.kliping.stories;

/**
 * A passage two texts share: words [sourceFrom, sourceTo) of the source and [targetFrom,
 * targetTo) of the target, with their char ranges in each original text. The two sides may
 * differ by small edits inside, so their lengths may differ.
 */
public record Passage(int sourceFrom, int sourceTo, int targetFrom, int targetTo,
    int sourceStart, int sourceEnd, int targetStart, int targetEnd) {

  /** The passage's length in words: the shorter side. */
  public int words() {
    return Math.min(sourceTo - sourceFrom, targetTo - targetFrom);
  }
}

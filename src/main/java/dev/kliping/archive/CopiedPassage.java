package dev.kliping.archive;

/**
 * One passage of a copied text: its char ranges in the source's and the target's body (as
 * stored, paragraphs separated by blank lines), its length in words, and the source's wording.
 */
public record CopiedPassage(int sourceStart, int sourceEnd, int targetStart, int targetEnd,
    int words, String text) {}

package dev.kliping.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Makes the highlighter's passages into a {@link Snippet}: plain text plus match offsets. */
final class SnippetFormatter extends PassageFormatter {
  private static final String GAP = " … ";

  @Override
  public Object format(Passage[] passages, String content) {
    StringBuilder text = new StringBuilder();
    List<Snippet.Mark> marks = new ArrayList<>();
    for (Passage p : passages) {
      if (text.length() > 0) {
        text.append(GAP);
      }
      int base = text.length() - p.getStartOffset();
      int last = -1;
      for (int i = 0; i < p.getNumMatches(); i++) {
        int start = Math.max(p.getMatchStarts()[i], last);
        int end = Math.min(p.getMatchEnds()[i], p.getEndOffset());
        if (start < end) {
          marks.add(new Snippet.Mark(base + start, base + end));
          last = end;
        }
      }
      text.append(content, p.getStartOffset(), p.getEndOffset());
    }
    return new Snippet(text.toString().replace('\n', ' '), marks);
  }
}

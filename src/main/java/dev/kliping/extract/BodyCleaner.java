package dev.kliping.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns raw {@link Block}s into body paragraphs: drops boilerplate lines, moves metadata lines
 * into a {@link Byline}, stops where a list after the article begins, and rejoins a paragraph that
 * an ad slot cut in two. Immutable and thread-safe.
 */
final class BodyCleaner {

  /* Desk initials on their own line, such as "(SAW)" or "(asr/sin)": a signature, not text. */
  private static final Pattern DESK_INITIALS =
      Pattern.compile("^\\(\\s*\\p{L}{2,6}(?:\\s*/\\s*\\p{L}{2,6})*\\s*\\)$");
  /* A block that is nearly all link text is navigation or a related-article teaser. */
  private static final double LINK_BLOCK = 0.9;

  private final BoilerplateFilter filter;
  private final BylineParser bylines;
  private final LearnedBoilerplate learned;

  BodyCleaner(BoilerplateFilter filter, BylineParser bylines, LearnedBoilerplate learned) {
    this.filter = filter;
    this.bylines = bylines;
    this.learned = learned;
  }

  /** The cleaned body; {@code title} (may be null) is dropped where a template repeats it. */
  Body clean(List<Block> blocks, String title) {
    String titleKey = title == null ? null : key(title);
    List<String> paragraphs = new ArrayList<>();
    Byline byline = Byline.NONE;
    Block previous = null;
    for (Block block : blocks) {
      String text = block.text();
      BoilerplateFilter.Verdict verdict = filter.judge(text);
      if (verdict == BoilerplateFilter.Verdict.END && !paragraphs.isEmpty()) {
        break;
      }
      if (verdict != BoilerplateFilter.Verdict.KEEP || learned.drops(text)) {
        continue;
      }
      var meta = bylines.parse(text);
      if (meta.isPresent()) {
        byline = byline.or(meta.get());
        continue;
      }
      if (block.linkDensity() >= LINK_BLOCK && !block.inDataTable() || DESK_INITIALS.matcher(text).matches()
          || repeatsTitle(text, titleKey)) {
        continue;
      }
      if (previous != null && cutByAdSlot(previous, text)) {
        int last = paragraphs.size() - 1;
        paragraphs.set(last, paragraphs.get(last) + " " + text);
      } else {
        paragraphs.add(text);
      }
      previous = block;
    }
    return new Body(paragraphs, byline);
  }

  /* A fragment that stops mid-sentence followed by one starting in lower case is one paragraph. */
  private static boolean cutByAdSlot(Block previous, String next) {
    return !previous.isHeading() && !previous.tag().equals("li")
        && !Text.endsSentence(previous.text()) && Text.startsLowerCase(next);
  }

  /* The length test first: lower-casing every paragraph of every page to compare it costs time. */
  private static boolean repeatsTitle(String text, String titleKey) {
    return titleKey != null && Math.abs(text.length() - titleKey.length()) <= 2
        && key(text).equals(titleKey);
  }

  private static String key(String s) {
    return Text.clean(s).toLowerCase(Locale.ROOT);
  }
}

package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.archive.CopiedPassage;
import dev.kliping.archive.CopyView;
import dev.kliping.archive.Version;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Two articles side by side, the source on the left, with the passages the target copied from it
 * highlighted ({@code <mark>}) in both, and the credits the target gives beside them.
 */
final class SideBySidePage {
  private final Archive archive;

  SideBySidePage(Archive archive) {
    this.archive = archive;
  }

  Document render(String source, String target) {
    CopyView copy = archive.stories().reuse(target)
        .orElseThrow(() -> new NotFoundResponse("no such page in the archive: " + target))
        .copiedFrom().stream().filter(c -> c.source().url().equals(source)).findFirst()
        .orElseThrow(() -> new NotFoundResponse("no passages of " + source + " found in "
            + target));
    Document doc = Html.page("Copied passages");
    Element main = Html.main(doc);
    main.appendElement("h1").text("Copied passages");
    main.appendElement("p").addClass("meta").text(copy.passages().size() + " passages cover "
        + Math.round(copy.sourceShare() * 100) + "% of the source and "
        + Math.round(copy.targetShare() * 100) + "% of the copy"
        + (copy.republication() ? " (a republication)" : ""));
    if (!copy.credits().isEmpty()) {
      main.appendElement("p").addClass("credits")
          .text("Credits in the copy: " + String.join(" | ", copy.credits()));
    }
    Element sides = main.appendElement("div").addClass("sides");
    List<int[]> inSource = new ArrayList<>();
    List<int[]> inTarget = new ArrayList<>();
    for (CopiedPassage p : copy.passages()) {
      inSource.add(new int[] {p.sourceStart(), p.sourceEnd()});
      inTarget.add(new int[] {p.targetStart(), p.targetEnd()});
    }
    side(sides, "Source (published first)", copy.source(), inSource);
    side(sides, "Copy", copy.target(), inTarget);
    return doc;
  }

  private void side(Element sides, String heading, CopyView.Side side, List<int[]> marks) {
    Element column = sides.appendElement("section").addClass("side");
    column.appendElement("h2").text(heading + ": " + side.outletId());
    Version v = (side.version() == null
        ? archive.history(side.url()).flatMap(h -> h.versions().isEmpty() ? java.util.Optional
            .<Version>empty() : archive.version(side.url(),
                h.versions().get(h.versions().size() - 1).number()))
        : archive.version(side.url(), side.version()))
        .orElseThrow(() -> new NotFoundResponse("no stored text for " + side.url()));
    column.appendElement("p").addClass("source").appendElement("a")
        .attr("href", Html.link("/article", Map.of("url", side.url(), "version", v.number())))
        .text(side.title() == null ? side.url() : side.title());
    marked(column, v.article().body(), marks);
  }

  /** The body's paragraphs, the given char ranges wrapped in marks. */
  static void marked(Element parent, String body, List<int[]> marks) {
    marks.sort((a, b) -> Integer.compare(a[0], b[0]));
    int start = 0;
    for (String para : body.split("\n\n", -1)) {
      int end = start + para.length();
      Element p = parent.appendElement("p");
      int at = start;
      for (int[] m : marks) {
        int from = Math.max(m[0], at);
        int to = Math.min(m[1], end);
        if (from >= to) {
          continue;
        }
        p.appendText(body.substring(at, from));
        p.appendElement("mark").text(body.substring(from, to));
        at = to;
      }
      p.appendText(body.substring(at, end));
      start = end + 2;
    }
  }
}

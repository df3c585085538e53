package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Version;
import dev.kliping.archive.VersionDiff;
import dev.kliping.version.FieldChange;
import dev.kliping.version.WordChange;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Two versions side by side, removed words in {@code <del>}, added words in {@code <ins>}. */
final class DiffPage {
  private final Archive archive;

  DiffPage(Archive archive) {
    this.archive = archive;
  }

  Document render(Context ctx) {
    String url = Params.required(ctx, "url");
    VersionDiff diff = archive.diff(url, Params.optionalInt(ctx, "from"),
        Params.optionalInt(ctx, "to"))
        .orElseThrow(() -> new NotFoundResponse("no such versions of " + url));
    Version older = archive.version(url, diff.from()).orElseThrow(NotFoundResponse::new);
    Version newer = archive.version(url, diff.to()).orElseThrow(NotFoundResponse::new);
    String title = newer.article().title() == null ? url : newer.article().title();
    Document doc = Html.page("Changes: " + title);
    Element main = Html.main(doc);
    Html.isolated(main.appendElement("h1").text("What changed: "), title);
    main.appendElement("p").addClass("summary").text("Version " + diff.from() + " → version "
        + diff.to() + ": " + (diff.summary().isEmpty() ? "no word changes" : diff.summary()));
    main.appendElement("p").appendElement("a")
        .attr("href", Html.link("/article", Map.of("url", url, "version", diff.to())))
        .text("Back to the article");
    fields(main, diff.fields());
    Element sides = main.appendElement("div").addClass("sides");
    side(sides, "old", older, diff, true);
    side(sides, "new", newer, diff, false);
    return doc;
  }

  private static void fields(Element main, List<FieldChange> fields) {
    if (fields.isEmpty()) {
      return;
    }
    Element table = main.appendElement("table").addClass("fields");
    Element head = table.appendElement("tr");
    head.appendElement("th").text("Field");
    head.appendElement("th").text("Before");
    head.appendElement("th").text("After");
    for (FieldChange f : fields) {
      Element tr = table.appendElement("tr");
      tr.appendElement("td").text(f.field());
      tr.appendElement("td").appendElement("del").text(f.before() == null ? "" : f.before());
      tr.appendElement("td").appendElement("ins").text(f.after() == null ? "" : f.after());
    }
  }

  private static void side(Element sides, String id, Version v, VersionDiff diff, boolean old) {
    Element section = sides.appendElement("section").attr("id", id).addClass("side");
    section.appendElement("h2").text("Version " + v.number() + " · captured " + v.capturedAt());
    String mark = old ? "del" : "ins";
    DiffMarks title = DiffMarks.of(WordChange.words(v.article().title()), diff.title(), old);
    render(section.appendElement("h3"), title, mark);
    DiffMarks body = DiffMarks.of(WordChange.words(v.article().paragraphs()), diff.body(), old);
    Element div = section.appendElement("div").addClass("body");
    render(div, body, mark);
  }

  /**
   * Writes the words into container, runs of marked words inside one mark element. In a body
   * (a div) a paragraph token starts a new paragraph; a marked one shows as a pilcrow too.
   */
  private static void render(Element container, DiffMarks side, String mark) {
    boolean paragraphs = container.tagName().equals("div");
    Element target = paragraphs ? container.appendElement("p") : container;
    List<String> run = new ArrayList<>();
    boolean runMarked = false;
    for (int i = 0; i < side.tokens().size(); i++) {
      String word = side.tokens().get(i);
      boolean marked = side.marked()[i];
      if (marked != runMarked && !run.isEmpty()) {
        flush(target, run, runMarked, mark);
      }
      runMarked = marked;
      if (paragraphs && WordChange.PARAGRAPH.equals(word)) {
        if (marked) {
          run.add(word);
        }
        flush(target, run, runMarked, mark);
        target = container.appendElement("p");
        continue;
      }
      run.add(word);
    }
    flush(target, run, runMarked, mark);
  }

  private static void flush(Element target, List<String> run, boolean marked, String mark) {
    if (run.isEmpty()) {
      return;
    }
    String text = String.join(" ", run);
    if (!target.childNodes().isEmpty()) {
      target.appendText(" ");
    }
    if (marked) {
      target.appendElement(mark).text(text);
    } else {
      target.appendText(text);
    }
    run.clear();
  }
}

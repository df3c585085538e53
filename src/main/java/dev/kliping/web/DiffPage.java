package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Version;
import dev.kliping.archive.VersionDiff;
import dev.kliping.version.ChangeKind;
import dev.kliping.version.FieldChange;
import dev.kliping.version.SentenceChange;
import dev.kliping.version.WordChange;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Two versions side by side, removed words in {@code <del>}, added words in {@code <ins>}. */
final class DiffPage {
  private final Archive archive;

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter WIB =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'WIB'").withZone(ZoneId.of("Asia/Jakarta"));

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
    Element significance = main.appendElement("p").addClass("significance")
        .text(diff.significance().label() + " change");
    kinds(significance, diff.kinds());
    changes(main, diff.sentences());
    main.appendElement("p").appendElement("a")
        .attr("href", Html.link("/article", Map.of("url", url, "version", diff.to())))
        .text("Back to the article");
    fields(main, diff.fields());
    Element sides = main.appendElement("div").addClass("sides");
    side(sides, "old", older, diff, true);
    side(sides, "new", newer, diff, false);
    return doc;
  }

  /**
   * Each changed sentence once, in reading order, marked with its kinds and linked to the next
   * one; a moved sentence shows as a move, not as a deletion and an insertion.
   */
  private static void changes(Element main, List<SentenceChange> sentences) {
    List<SentenceChange> changed = sentences.stream().filter(SentenceChange::isChange).toList();
    if (changed.isEmpty()) {
      return;
    }
    main.appendElement("h2").text("Changes, sentence by sentence");
    Element list = main.appendElement("ol").addClass("changes");
    for (int i = 0; i < changed.size(); i++) {
      SentenceChange s = changed.get(i);
      Element li = list.appendElement("li").attr("id", "change-" + (i + 1))
          .addClass(s.op().label());
      Element head = li.appendElement("p");
      head.appendElement("strong").text(s.field() + " · " + s.op().label());
      kinds(head, s.kinds());
      if (i + 1 < changed.size()) {
        head.appendText(" ");
        head.appendElement("a").attr("href", "#change-" + (i + 2)).text("next change ↓");
      }
      if (s.op() == SentenceChange.Op.MOVED) {
        li.appendElement("p").text("Moved from paragraph " + (s.oldParagraph() + 1)
            + " to paragraph " + (s.newParagraph() + 1) + ": ").appendElement("span")
            .addClass("moved").text(s.newText());
      }
      if (s.oldText() != null && s.op() != SentenceChange.Op.MOVED) {
        li.appendElement("p").appendElement("del").text(s.oldText());
      }
      if (s.newText() != null && s.op() != SentenceChange.Op.MOVED) {
        li.appendElement("p").appendElement("ins").text(s.newText());
      }
    }
  }

  private static void kinds(Element parent, List<ChangeKind> kinds) {
    Element span = parent.appendElement("span").addClass("kinds");
    for (ChangeKind k : kinds) {
      span.appendElement("span").addClass("kind").addClass("kind-" + k.label()).text(k.label());
    }
  }

  /** An instant in UTC, with the same moment in WIB (UTC+7, the zone of the outlets) beside it. */
  static String when(Instant at) {
    return UTC.format(at) + " (" + WIB.format(at) + ")";
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
    section.appendElement("h2").text("Version " + v.number() + " · captured "
        + when(v.capturedAt()));
    String mark = old ? "del" : "ins";
    DiffMarks title = DiffMarks.of(WordChange.words(v.article().title()), diff.title(), old);
    render(section.appendElement("h3"), title, mark);
    DiffMarks body = DiffMarks.of(WordChange.words(v.article().paragraphs()), diff.body(), old);
    Element div = section.appendElement("div").addClass("body");
    render(div, body, mark);
    collapseUnchanged(div);
  }

  /**
   * Folds each run of paragraphs without a change into a details element, so the changes stand
   * out and the rest opens without script.
   */
  private static void collapseUnchanged(Element body) {
    List<Element> run = new ArrayList<>();
    for (Element p : new ArrayList<>(body.children())) {
      if (p.select("del, ins").isEmpty()) {
        run.add(p);
      } else {
        fold(run);
      }
    }
    fold(run);
  }

  private static void fold(List<Element> run) {
    if (run.isEmpty()) {
      return;
    }
    Element details = new Element("details").addClass("unchanged");
    run.get(0).before(details);
    details.appendElement("summary").text(run.size() == 1 ? "1 unchanged paragraph"
        : run.size() + " unchanged paragraphs");
    for (Element p : run) {
      details.appendChild(p);
    }
    run.clear();
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

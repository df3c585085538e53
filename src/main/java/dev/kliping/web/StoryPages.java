package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.archive.CopyView;
import dev.kliping.archive.StoryPageView;
import dev.kliping.archive.StorySummary;
import dev.kliping.archive.StoryView;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The story pages: a list of stories, and one story as a timeline of its outlets' articles (the
 * first published marked), each with its versions, then its follow-ups and copied texts.
 */
final class StoryPages {
  private final Archive archive;

  StoryPages(Archive archive) {
    this.archive = archive;
  }

  Document list(List<StorySummary> stories) {
    Document doc = Html.page("Stories");
    Element main = Html.main(doc);
    main.appendElement("h1").text("Stories");
    Element list = main.appendElement("ol").addClass("stories");
    for (StorySummary s : stories) {
      Element li = list.appendElement("li");
      link(li, s);
      li.appendElement("p").addClass("meta").text(s.started() + " · " + s.pages() + " pages · "
          + String.join(", ", s.outlets()));
    }
    return doc;
  }

  Document story(long id) {
    StoryView view = archive.stories().story(id)
        .orElseThrow(() -> new NotFoundResponse("no such story: " + id));
    Document doc = Html.page(title(view.story()));
    Element main = Html.main(doc);
    main.appendElement("h1").text(title(view.story()));
    main.appendElement("p").addClass("meta").text("Story " + id + " · started "
        + view.story().started() + " · " + String.join(", ", view.story().outlets()));
    if (view.follows() != null) {
      Element p = main.appendElement("p").addClass("follows").text("Follows up: ");
      link(p, view.follows());
    }
    timeline(main.appendElement("section").addClass("timeline"), view.pages());
    if (!view.followUps().isEmpty()) {
      Element section = main.appendElement("section").addClass("follow-ups");
      section.appendElement("h2").text("Follow-ups");
      Element list = section.appendElement("ul");
      view.followUps().forEach(s -> link(list.appendElement("li"), s));
    }
    copies(main, view.copies());
    return doc;
  }

  private static void timeline(Element section, List<StoryPageView> pages) {
    section.appendElement("h2").text("Timeline");
    Element list = section.appendElement("ol");
    boolean first = true;
    for (StoryPageView p : pages) {
      Element li = list.appendElement("li");
      li.appendElement("time").text(p.at().toString());
      li.appendText(" · " + p.outletId() + " · ");
      li.appendElement("a").attr("href", Html.link("/article", Map.of("url", p.url())))
          .text(p.title() == null ? p.url() : p.title());
      if (first) {
        li.addClass("first");
        li.appendText(" ");
        li.appendElement("strong").addClass("first-published").text("first published");
        first = false;
      }
      if (p.published() == null) {
        li.appendText(" (no published time: first captured)");
      }
      Element versions = li.appendElement("ul").addClass("versions");
      for (StoryPageView.Stamp v : p.versions()) {
        versions.appendElement("li").appendElement("a")
            .attr("href", Html.link("/article", Map.of("url", p.url(), "version", v.number())))
            .text("Version " + v.number() + " captured " + v.capturedAt());
      }
    }
  }

  static void copies(Element parent, List<CopyView> copies) {
    if (copies.isEmpty()) {
      return;
    }
    Element section = parent.appendElement("section").addClass("copies");
    section.appendElement("h2").text("Copied passages");
    Element list = section.appendElement("ul");
    for (CopyView c : copies) {
      Element li = list.appendElement("li");
      li.appendText(c.target().outletId() + " copies " + Math.round(c.targetShare() * 100)
          + "% from " + c.source().outletId() + " (" + c.passages().size() + " passages"
          + (c.republication() ? ", a republication" : "") + ", earlier by "
          + c.directionBy().replace('_', ' ') + ") · ");
      li.appendElement("a").attr("href", Html.link("/side-by-side",
          Map.of("source", c.source().url(), "target", c.target().url()))).text("side by side");
      if (!c.credits().isEmpty()) {
        li.appendElement("span").addClass("credits")
            .text(" · credits: " + String.join(" | ", c.credits()));
      }
    }
  }

  private static void link(Element parent, StorySummary s) {
    parent.appendElement("a").attr("href", "/stories/" + s.id()).text(title(s));
  }

  private static String title(StorySummary s) {
    return s.title() == null ? "Story " + s.id() : s.title();
  }
}

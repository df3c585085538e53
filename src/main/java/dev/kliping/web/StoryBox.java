package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.archive.CopyView;
import dev.kliping.archive.ReuseView;
import dev.kliping.archive.StoryPageView;
import java.util.Map;
import org.jsoup.nodes.Element;

/** On an article's page: its story, the outlets that also covered it, and what it copied. */
final class StoryBox {
  private StoryBox() {}

  static void append(Element main, Archive archive, String url) {
    ReuseView view = archive.stories().reuse(url).orElse(null);
    if (view == null || view.storyId() == null) {
      return;
    }
    Element section = main.appendElement("section").addClass("story");
    section.appendElement("h2").text("Story");
    section.appendElement("p").appendElement("a").attr("href", "/stories/" + view.storyId())
        .text("Story " + view.storyId() + ": its timeline across outlets");
    if (!view.alsoCoveredBy().isEmpty()) {
      Element p = section.appendElement("p").addClass("also").text("Also covered by: ");
      boolean first = true;
      for (StoryPageView o : view.alsoCoveredBy()) {
        p.appendText(first ? "" : ", ");
        first = false;
        p.appendElement("a").attr("href", Html.link("/article", Map.of("url", o.url())))
            .text(o.outletId() + " (" + o.at() + ")");
      }
    }
    Element list = section.appendElement("ul").addClass("copies");
    for (CopyView c : view.copiedFrom()) {
      Element li = list.appendElement("li");
      li.appendText("Copies " + Math.round(c.targetShare() * 100) + "% from "
          + c.source().outletId() + (c.republication() ? " (a republication)" : "") + " · ");
      li.appendElement("a").attr("href", Html.link("/side-by-side",
          Map.of("source", c.source().url(), "target", c.target().url()))).text("side by side");
      if (!c.credits().isEmpty()) {
        li.appendElement("span").addClass("credits")
            .text(" · credits: " + String.join(" | ", c.credits()));
      }
    }
    for (CopyView c : view.copiedBy()) {
      Element li = list.appendElement("li");
      li.appendText(c.target().outletId() + " copies " + Math.round(c.targetShare() * 100)
          + "% of its text from this article · ");
      li.appendElement("a").attr("href", Html.link("/side-by-side",
          Map.of("source", c.source().url(), "target", c.target().url()))).text("side by side");
    }
  }
}

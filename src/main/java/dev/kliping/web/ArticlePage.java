package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.archive.PageHistory;
import dev.kliping.archive.Version;
import dev.kliping.archive.VersionInfo;
import dev.kliping.version.NormalizedArticle;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** An article: the timeline of its versions, then one version's metadata and text. */
final class ArticlePage {
  private final Archive archive;

  ArticlePage(Archive archive) {
    this.archive = archive;
  }

  Document render(Context ctx) {
    String url = Params.required(ctx, "url");
    PageHistory history = archive.history(url)
        .orElseThrow(() -> new NotFoundResponse("no such page in the archive: " + url));
    if (history.versions().isEmpty()) {
      throw new NotFoundResponse("the page was fetched but holds no article yet: " + url);
    }
    Integer asked = Params.optionalInt(ctx, "version");
    int number = asked != null ? asked
        : history.versions().get(history.versions().size() - 1).number();
    Version version = archive.version(url, number)
        .orElseThrow(() -> new NotFoundResponse("no version " + number + " of " + url));
    NormalizedArticle a = version.article();
    Document doc = Html.page(a.title() == null ? url : a.title());
    Element main = Html.main(doc);
    main.appendElement("h1").text(a.title() == null ? "(no title)" : a.title());
    Element source = main.appendElement("p").addClass("source");
    source.appendText(history.outletId() + " · ");
    Html.externalLink(source, url);
    timeline(main.appendElement("section").addClass("timeline"), history, number);
    StoryBox.append(main, archive, url);
    text(main.appendElement("article").attr("id", "text"), version);
    return doc;
  }

  private static void timeline(Element section, PageHistory history, int shown) {
    section.appendElement("h2").text("Versions");
    Element list = section.appendElement("ol");
    for (VersionInfo v : history.versions()) {
      Element li = list.appendElement("li");
      if (v.number() == shown) {
        li.addClass("shown");
      }
      li.appendElement("a")
          .attr("href", Html.link("/article", Map.of("url", history.url(), "version", v.number())))
          .text("Version " + v.number());
      li.appendText(" · captured " + v.capturedAt() + " · " + v.words() + " words · ");
      li.appendElement("span").addClass("change").text(v.changeSummary());
      if (v.number() > 1) {
        li.appendText(" · ");
        li.appendElement("a").addClass("diff").attr("href", Html.link("/diff", Map.of(
            "url", history.url(), "from", v.number() - 1, "to", v.number())))
            .text("what changed");
      }
      li.appendText(" · ");
      li.appendElement("a").attr("href", "/api/captures/" + v.captureId() + "/raw")
          .attr("download", "").text("raw capture");
    }
  }

  private static void text(Element article, Version v) {
    NormalizedArticle a = v.article();
    article.appendElement("h2").text("Version " + v.number() + " as captured " + v.capturedAt());
    Element dl = article.appendElement("dl").addClass("metadata");
    Html.row(dl, "Authors", String.join("; ", a.authors()));
    Html.row(dl, "Editors", String.join("; ", a.editors()));
    Html.row(dl, "Published", a.published());
    Html.row(dl, "Modified", a.modified());
    Html.row(dl, "Section", a.section());
    Html.row(dl, "Source", a.sourceCredit());
    Html.row(dl, "Language", a.language());
    Html.row(dl, "Extracted by", a.extractor());
    Element body = article.appendElement("div").addClass("body");
    for (String p : a.paragraphs()) {
      body.appendElement("p").text(p);
    }
  }
}

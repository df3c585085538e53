package dev.kliping.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.search.SearchIndex;
import dev.kliping.testing.CliRun;
import dev.kliping.testing.HeadlessChromium;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The story pages as a reader uses them, in a real headless Chromium over the crawled replay: a
 * story's timeline across outlets with the first publication marked and each article's versions,
 * its follow-up (Kompas TV's ratification) and the way back; the RMOL republication's article
 * page, which names the outlets that also covered the event and what it copies from Medcom; and
 * the side-by-side view with the copied passages highlighted in both texts.
 */
class StoryBrowserTest {
  private static final String RMOL_BLOG =
      "https://www.oposisicerdas.com/2024/06/barat-ketar-ketir-rusia-dan-korea-utara.html";
  private static final String MEDCOM = "https://www.medcom.id/internasional/asia/"
      + "ObzD3G5K-putin-dan-kim-jong-un-teken-pakta-saling-bantu-jika-diserang";

  @TempDir static Path dir;
  static Archive archive;
  static SearchIndex index;
  static WebServer server;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeInstalled();
    Path archiveDir = dir.resolve("archive");
    CliRun crawl = CliRun.of("crawl", "--config", "config/kliping.yaml", "--archive",
        archiveDir.toString(), "--replay", "src/test/resources/replay");
    assertEquals(0, crawl.exitCode(), crawl::toString);
    archive = Archive.open(archiveDir);
    index = SearchIndex.open(archive);
    server = WebServer.start(archive, index, Served.OUTLETS, "127.0.0.1", 0, null);
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (index != null) {
      index.close();
    }
    if (archive != null) {
      archive.close();
    }
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  @Test
  void aStoryShowsItsOutletsOnATimelineAndLeadsToItsFollowUpAndBack() {
    long story = archive.stories().reuse(MEDCOM).orElseThrow().storyId();
    browser.get(base() + "/stories/" + story);
    List<WebElement> timeline = browser.findElements(By.cssSelector("section.timeline > ol > li"));
    assertTrue(timeline.size() >= 4, browser.getPageSource());
    WebElement first = timeline.get(0);
    assertTrue(first.findElement(By.cssSelector("strong.first-published")).isDisplayed());
    assertTrue(first.getText().contains("medcom"), first.getText());
    String outlets = String.join(" ", timeline.stream().map(WebElement::getText).toList());
    for (String outlet : List.of("rmol", "medcom", "epochtimes", "paltv")) {
      assertTrue(outlets.contains(outlet), outlet + " missing from " + outlets);
    }
    assertEquals(1, browser.findElements(By.cssSelector("strong.first-published")).size());
    timeline.forEach(li -> assertTrue(
        li.findElements(By.cssSelector("ul.versions li a")).size() >= 1, li.getText()));

    String signing = browser.getCurrentUrl();
    browser.findElement(By.cssSelector("section.follow-ups a")).click();
    assertNotEquals(signing, browser.getCurrentUrl());
    assertTrue(browser.findElement(By.cssSelector("section.timeline")).getText()
        .contains("kompastv"), browser.getPageSource());
    WebElement back = browser.findElement(By.cssSelector("p.follows a"));
    assertTrue(back.getText().length() > 0);
    back.click();
    assertEquals(signing, browser.getCurrentUrl());

    // Every article on the timeline opens its page, which links back to the story.
    browser.findElements(By.cssSelector("section.timeline > ol > li > a")).get(0).click();
    assertTrue(browser.getCurrentUrl().contains("/article?"), browser.getCurrentUrl());
    assertTrue(browser.findElement(By.cssSelector("section.story a")).getAttribute("href")
        .endsWith("/stories/" + story));
  }

  @Test
  void aCopyShowsWhatItCopiedAndTheHighlightedPassagesSideBySide() {
    browser.get(base() + "/article?url=" + Served.enc(RMOL_BLOG));
    WebElement box = browser.findElement(By.cssSelector("section.story"));
    String also = box.findElement(By.cssSelector("p.also")).getText();
    assertTrue(also.startsWith("Also covered by") && also.contains("medcom")
        && also.contains("epochtimes"), also);
    WebElement copy = box.findElements(By.cssSelector("ul.copies li")).stream()
        .filter(li -> li.getText().startsWith("Copies ")).findFirst().orElseThrow();
    assertTrue(copy.getText().matches("Copies \\d+% from medcom.*"), copy.getText());

    copy.findElement(By.linkText("side by side")).click();
    List<WebElement> sides = browser.findElements(By.cssSelector("section.side"));
    assertEquals(2, sides.size());
    assertTrue(sides.get(0).findElement(By.tagName("h2")).getText().endsWith("medcom"));
    assertTrue(sides.get(1).findElement(By.tagName("h2")).getText().endsWith("rmol"));
    List<WebElement> inSource = sides.get(0).findElements(By.tagName("mark"));
    List<WebElement> inCopy = sides.get(1).findElements(By.tagName("mark"));
    assertTrue(inSource.size() >= 4 && inCopy.size() >= 4, inSource.size() + " " + inCopy.size());
    // Highlighted as a reader sees it: a mark has a background of its own.
    assertNotEquals("rgba(0, 0, 0, 0)", inCopy.get(0).getCssValue("background-color"));
    assertTrue(inCopy.get(0).isDisplayed());
    // The passages highlighted in the copy are Medcom's words: the first one's opening words
    // stand in the source's highlighted text too.
    String sourceMarked = String.join(" ", inSource.stream().map(WebElement::getText).toList())
        .toLowerCase();
    String[] words = inCopy.get(0).getText().toLowerCase().split("\\s+");
    String opening = String.join(" ", List.of(words).subList(0, Math.min(6, words.length)));
    assertTrue(sourceMarked.contains(opening), opening + " not in " + sourceMarked);
  }
}

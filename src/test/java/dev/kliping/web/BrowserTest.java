package dev.kliping.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.search.TestArchives;
import dev.kliping.testing.HeadlessChromium;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * End to end in a real headless Chromium: search, open an article, open its diff and see the
 * marked change; an article whose text is markup and script shows it as text and runs nothing.
 * Skipped only where Debian's chromium is not installed (.ci/run installs it).
 */
class BrowserTest {

  @TempDir static Path dir;
  static Served served;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeInstalled();
    served = Served.start(dir.resolve("archive"), null);
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (served != null) {
      served.close();
    }
  }

  @Test
  void searchOpenAnArticleAndSeeWhatChanged() {
    browser.get(served.base() + "/");
    browser.findElement(By.name("q")).sendKeys("perjanjian");
    new Select(browser.findElement(By.name("outlet"))).selectByValue("kompastv");
    browser.findElement(By.cssSelector("form.search button")).click();
    assertTrue(browser.findElement(By.cssSelector("p.total")).getText().startsWith("2 "));
    assertTrue(browser.findElements(By.cssSelector("p.snippet mark")).size() > 0,
        "matched words are marked");

    browser.findElement(By.partialLinkText("Korea Utara Meratifikasi")).click();
    List<WebElement> versions = browser.findElements(By.cssSelector("section.timeline li"));
    assertEquals(3, versions.size());
    assertTrue(versions.get(1).getText().contains("replaced"), versions.get(1).getText());

    versions.get(1).findElement(By.cssSelector("a.diff")).click();
    assertTrue(browser.getCurrentUrl().contains("/diff?"), browser.getCurrentUrl());
    List<String> inserted = texts("#new ins");
    List<String> deleted = texts("#old del");
    assertEquals(List.of("sejumlah besar"), inserted);
    assertEquals(List.of("ribuan"), deleted);
    assertTrue(browser.findElement(By.cssSelector("p.summary")).getText()
        .contains("Version 1 → version 2"));
    assertTrue(browser.findElements(By.cssSelector("p.significance")).stream()
        .anyMatch(e -> e.getText().startsWith("substantive change")), browser.getPageSource());
    assertTrue(texts("ol.changes li .kind").contains("number"), texts("ol.changes li .kind").toString());
    assertTrue(browser.findElement(By.cssSelector("#new h2")).getText().contains("WIB"));
  }

  @Test
  void archivedMarkupShowsAsTextAndRunsNothing() {
    browser.get(served.base() + "/article?url=" + Served.enc(TestArchives.HOSTILE_URL));
    assertEquals(TestArchives.HOSTILE_TITLE, browser.findElement(By.tagName("h1")).getText());
    assertTrue(browser.getTitle().startsWith("<script>"), "the title is text: "
        + browser.getTitle());
    List<WebElement> paragraphs = browser.findElements(By.cssSelector("#text .body p"));
    assertEquals(TestArchives.HOSTILE_BODY, paragraphs.stream().map(WebElement::getText)
        .toList());
    assertEquals(0, browser.findElements(By.cssSelector("main img")).size());
    assertEquals(0, browser.findElements(By.cssSelector("main script")).size());
    assertNotRun();

    browser.get(served.base() + "/?q=xsspayload");
    assertTrue(browser.findElement(By.cssSelector("p.snippet")).getText().contains("<img src=x"));
    assertEquals(0, browser.findElements(By.cssSelector("main img")).size());
    assertNotRun();
  }

  private static void assertNotRun() {
    JavascriptExecutor js = browser;
    assertNull(js.executeScript("return document.body.getAttribute('data-pwned')"));
    assertTrue(!"pwned".equals(js.executeScript("return document.title")));
  }

  private static List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }
}

package dev.kliping.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.testing.HeadlessChromium;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Case 11 of the hostile cases, in a real headless Chromium: pages are in standards mode, a
 * 200,000-letter word wraps instead of pushing the diff's column off-screen, and a right-to-left
 * override in a title is isolated from the text around it.
 */
class HostilePagesBrowserTest {
  @TempDir static Path dir;
  static HostileArchive served;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeInstalled();
    served = HostileArchive.serve(dir);
    browser = HeadlessChromium.start();
    browser.manage().window().setSize(new Dimension(1024, 768));
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

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static String diffPage() {
    return served.base() + "/diff?url="
        + URLEncoder.encode(HostileArchive.URL, StandardCharsets.UTF_8) + "&from=1&to=2";
  }

  @Test
  void pagesAreInStandardsMode() {
    for (String page : new String[] {"/", "/outlets", "/no-such-page"}) {
      browser.get(served.base() + page);
      assertEquals("CSS1Compat", js("return document.compatMode"), page + " in quirks mode");
    }
    browser.get(diffPage());
    assertEquals("CSS1Compat", js("return document.compatMode"));
  }

  @Test
  void aLongWordWrapsInsideTheDiffColumns() {
    browser.get(diffPage());
    long viewport = (Long) js("return document.documentElement.clientWidth");
    long page = (Long) js("return document.documentElement.scrollWidth");
    assertTrue(page <= viewport, "the page is " + page + " px wide in a " + viewport
        + " px window");
    long right = ((Number) js("return document.querySelector('#new').getBoundingClientRect()"
        + ".right")).longValue();
    assertTrue(right <= viewport, "the right column ends at " + right + " px");
  }

  @Test
  void titlesAreIsolatedFromTheTextAroundThem() {
    browser.get(diffPage());
    assertEquals(Boolean.TRUE, js("const h = document.querySelector('h1');"
        + "const t = [...h.querySelectorAll('*')].find(e => e.textContent.includes('\u202E'));"
        + "return t !== undefined && (t.tagName === 'BDI'"
        + " || getComputedStyle(t).unicodeBidi === 'isolate');"), "the diff page's title");

    browser.get(served.base() + "/?q=lampiran");
    assertEquals("isolate", js("return getComputedStyle(document.querySelector('a.title'))"
        + ".unicodeBidi"), "a search hit's title");
  }
}

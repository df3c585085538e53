package dev.kliping.web;

import dev.kliping.search.TestArchives;

/** Small lookups the web tests share. */
final class TestArchivesAccess {
  private TestArchivesAccess() {}

  static String edited(Served s) {
    return TestArchives.pageTitled(s.archive, TestArchives.EDITED_TITLE);
  }
}

package dev.kliping.archive;

import java.time.Instant;
import java.util.List;

/**
 * A page on a story's timeline: its outlet, title, time (published, else first captured), its
 * versions (number and capture time) and the history of its story assignments.
 */
public record StoryPageView(long pageId, String url, String outletId, String title, Instant at,
    Instant published, Instant firstCaptured, double similarity, List<Stamp> versions,
    List<Assignment> assignments) {

  /** A version of the page: its number and when it was captured. */
  public record Stamp(int number, Instant capturedAt) {}

  /** One assignment of the page to a story. */
  public record Assignment(long storyId, Instant assignedAt, double similarity) {}

  public StoryPageView {
    versions = List.copyOf(versions);
    assignments = List.copyOf(assignments);
  }
}

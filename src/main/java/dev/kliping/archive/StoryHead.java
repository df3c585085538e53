package dev.kliping.archive;

import java.time.Instant;

/**
 * A story as the desk needs it to find follow-ups: when it started, its key terms, and the story
 * it follows (or null).
 */
public record StoryHead(long id, Instant started, String keyTerms, Long followsStoryId) {}

package dev.kliping.config;

/**
 * One step of the revisit schedule: while a story is younger than {@code until}, fetch it again
 * every {@code every}. Durations are written like {@code 15m}, {@code 3h}, {@code 7d}.
 */
public record RevisitStep(String until, String every) {}

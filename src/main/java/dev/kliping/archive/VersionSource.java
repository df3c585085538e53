package dev.kliping.archive;

/** A stored version and the capture its text was extracted from. */
public record VersionSource(Version version, Capture capture) {}

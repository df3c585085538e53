package dev.kliping.version;

/**
 * A metadata field that differs between two versions, with both values as text (lists joined by
 * "; ", dates ISO-8601); a value is null when that version did not have it.
 */
public record FieldChange(String field, String before, String after) {}

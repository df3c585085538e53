package dev.kliping.extract;

/**
 * What one field's selectors found on a page: the first selector that matched with a value, and
 * that value; both null when none did (or the rules list none: {@code listed} is then false).
 */
public record FieldTrial(String field, boolean listed, String selector, String value) {}

package dev.kliping.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an outlet's articles are meant to be extracted: what its drift check then watches. */
public enum Extraction {
  /** By the outlet's body selectors; the generic extractor is a fallback that means drift. */
  @JsonProperty("rules") RULES,
  /** By the generic extractor alone: no rules to keep up when the site changes. */
  @JsonProperty("generic") GENERIC
}

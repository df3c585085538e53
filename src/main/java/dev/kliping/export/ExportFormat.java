package dev.kliping.export;

import java.util.Locale;

/** The shapes an export can take. */
public enum ExportFormat {
  /** One JSON object per version per line. */
  JSONL("application/x-ndjson", "jsonl"),
  /** RFC 4180: a header row, CRLF line ends, quoted where needed. */
  CSV("text/csv; charset=UTF-8", "csv"),
  /** The raw captures of the selected pages as gzipped WARC records. */
  WARC("application/warc", "warc.gz"),
  /** A WACZ 1.2.0 package of those captures, with index and page list, for replay tools. */
  WACZ("application/wacz", "wacz");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The format named (any case), or IllegalArgumentException naming the choices. */
  public static ExportFormat named(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("format must be jsonl, csv, warc or wacz, not '" + name + "'",
          e);
    }
  }
}

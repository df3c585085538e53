package dev.kliping.search;

import java.time.Instant;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.LongRangeDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** Turns an indexed version into a Lucene document. */
final class Documents {
  /** Body text with offsets in the postings, so snippets need no second analysis pass. */
  private static final FieldType BODY = new FieldType(TextField.TYPE_STORED);
  /** The title's words in the text field, after the body: searched, not stored. */
  private static final FieldType TITLE_WORDS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY.freeze();
    TITLE_WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TITLE_WORDS.freeze();
  }

  private Documents() {}

  static Document of(IndexedVersion v) {
    Document d = new Document();
    // Doc values, not a stored field: an export walks every match reading only this.
    d.add(new NumericDocValuesField(Fields.VERSION_ID, v.versionId()));
    d.add(new StringField(Fields.URL, v.url(), Field.Store.YES));
    d.add(new StringField(Fields.OUTLET, v.outlet(), Field.Store.YES));
    d.add(new IntPoint(Fields.NUMBER, v.number()));
    d.add(new StoredField(Fields.NUMBER, v.number()));
    String title = v.title() == null ? "" : v.title();
    d.add(new StoredField(Fields.TITLE, title));
    // The body first: its offsets in the postings are then those of the stored body, which the
    // highlighter reads; the title's come after the body's end, where it looks no further.
    d.add(new Field(Fields.TEXT, v.body(), BODY));
    d.add(new Field(Fields.TEXT, title, TITLE_WORDS));
    d.add(new Field(Fields.TEXT, title, TITLE_WORDS));
    d.add(new TextField(Fields.AUTHORS, String.join("; ", v.authors()), Field.Store.YES));
    if (v.published() != null) {
      long published = v.published().toInstant().toEpochMilli();
      d.add(new LongPoint(Fields.PUBLISHED, published));
      d.add(new NumericDocValuesField(Fields.PUBLISHED, published));
      d.add(new StoredField(Fields.PUBLISHED_TEXT, v.published().toString()));
    }
    long captured = v.captured().toEpochMilli();
    d.add(new LongPoint(Fields.CAPTURED, captured));
    d.add(new StoredField(Fields.CAPTURED, captured));
    d.add(new NumericDocValuesField(Fields.CAPTURED, captured));
    d.add(new StringField(Fields.LATEST, String.valueOf(v.latest()), Field.Store.NO));
    d.add(new StringField(Fields.CHANGED, String.valueOf(v.changed()), Field.Store.NO));
    d.add(new StringField(Fields.SUBSTANTIVE, String.valueOf(v.substantive()), Field.Store.NO));
    d.add(new StringField(Fields.CORRECTION, String.valueOf(v.correction()), Field.Store.NO));
    live(d, captured, v.validTo());
    return d;
  }

  /**
   * The version's live interval as one range, so "live at t" is one lookup in a tree of
   * intervals rather than two half-open ranges over every version; with doc values too, so a
   * search whose words match few versions checks just those. A successor captured at the same
   * millisecond leaves an empty interval: the version was never live, and gets no range.
   */
  private static void live(Document d, long captured, Instant validTo) {
    long last = validTo == null ? Long.MAX_VALUE : validTo.toEpochMilli() - 1;
    if (last < captured) {
      return;
    }
    long[] from = {captured};
    long[] to = {last};
    d.add(new LongRange(Fields.LIVE, from, to));
    d.add(new LongRangeDocValuesField(Fields.LIVE, from, to));
  }
}

package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;

class GzipRecordsTest {
  private static WarcRecord resource(String text) {
    // Fixed id and date: two records made from one text are byte for byte the same.
    return new WarcResource.Builder(URI.create("https://news.example/" + text.length()))
        .recordId(URI.create("urn:uuid:00000000-0000-0000-0000-00000000000" + text.length() % 10))
        .date(java.time.Instant.parse("2026-01-05T06:00:00Z"))
        .body(MediaType.HTML_UTF8, text.getBytes(StandardCharsets.UTF_8)).build();
  }

  private static byte[] plain(WarcRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WarcWriter(Channels.newChannel(out), WarcCompression.NONE).write(record);
    return out.toByteArray();
  }

  private static byte[] gunzip(byte[] member) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(member))) {
      return in.readAllBytes();
    }
  }

  @Test
  void eachRecordIsAGzipMemberOfItsOwnHoldingExactlyTheRecord() throws IOException {
    String small = "<p>Anggaran naik.</p>";
    String large = "<p>" + "Banjir melanda kota. ".repeat(5000) + "</p>";
    GzipRecords gzip = new GzipRecords();
    // Twice over the same buffers and Deflater: the second call must not carry the first over.
    // (A record's body is read once, so each use gets a record of its own.)
    for (int round = 0; round < 2; round++) {
      GzipRecords.Compressed out = gzip.compress(List.of(resource(small), resource(large)));
      ByteBuffer bytes = out.bytes();
      byte[] all = new byte[bytes.remaining()];
      bytes.get(all);
      assertEquals(2, out.lengths().length);
      assertEquals(all.length, out.lengths()[0] + out.lengths()[1]);
      int first = (int) out.lengths()[0];
      assertArrayEquals(plain(resource(small)),
          gunzip(java.util.Arrays.copyOfRange(all, 0, first)));
      assertArrayEquals(plain(resource(large)),
          gunzip(java.util.Arrays.copyOfRange(all, first, all.length)));
    }
    gzip.close();
  }
}

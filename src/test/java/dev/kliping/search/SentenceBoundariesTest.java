package dev.kliping.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The kept sentence boundaries answer every call as the JDK's sentence iterator does (the value
 * and the position after it, DONE and refusals included), and so the snippets are the ones the
 * JDK's iterator gave: the texts are the fixtures' articles, shuffled, and edge cases. The one
 * exception, where the JDK's iterator contradicts its own walk, has its own test.
 */
class SentenceBoundariesTest {
  private static final int CALLS = 3000;

  @Test
  void everyCallAnswersAsTheJdkIterator() throws IOException {
    Random random = new Random(11);
    for (String text : texts(random)) {
      BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
      BreakIterator kept = new SentenceBoundaries();
      jdk.setText(text);
      kept.setText(text);
      for (int i = 0; i < CALLS; i++) {
        int offset = random.nextInt(text.length() + 1);
        int op = random.nextInt(9);
        String call = op + "(" + offset + ") at call " + i + " of \"" + excerpt(text) + "\"";
        assertEquals(apply(jdk, op, offset), apply(kept, op, offset), call);
        assertEquals(jdk.current(), kept.current(), "position after " + call);
      }
      int outside = text.length() + 1;
      assertThrows(IllegalArgumentException.class, () -> jdk.following(outside));
      assertThrows(IllegalArgumentException.class, () -> kept.following(outside));
      assertThrows(IllegalArgumentException.class, () -> kept.preceding(-1));
    }
  }

  @Test
  void walkingForwardAndBackGivesTheJdkBoundaries() throws IOException {
    for (String text : texts(new Random(5))) {
      BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
      BreakIterator kept = new SentenceBoundaries();
      jdk.setText(text);
      kept.setText(text);
      assertEquals(walk(jdk), walk(kept), excerpt(text));
      assertEquals(walkBack(jdk), walkBack(kept), excerpt(text));
    }
  }

  @Test
  void snippetsAreTheOnesTheJdkIteratorGave() throws IOException {
    Random random = new Random(3);
    List<String> bodies = texts(random);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.forIndex()))) {
        for (int i = 0; i < bodies.size(); i++) {
          w.addDocument(Documents.of(new IndexedVersion(i + 1, "https://rmol.example/" + i,
              "rmol", 1, Instant.parse("2024-06-01T00:00:00Z"), "Judul " + i, List.of(), null,
              bodies.get(i), true, false, null, false, false)));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(reader);
        ScoreDoc[] all = s.search(new MatchAllDocsQuery(), bodies.size()).scoreDocs;
        LuceneQueries queries = new LuceneQueries(Analyzers.forQueries());
        int marked = 0;
        for (String words : List.of("korea utara", "perjanjian", "\"kerja sama\"",
            "rusia | ukraina", "pasukan -nuklir", "militer", "presiden", "")) {
          for (int chars : new int[] {60, 240, 1000}) {
            Object[] expected = new SnippetHighlighter(s, Analyzers.forQueries(), chars,
                () -> BreakIterator.getSentenceInstance(Locale.ROOT))
                .snippets(queries.text(words), all);
            Object[] actual = new SnippetHighlighter(s, Analyzers.forQueries(), chars)
                .snippets(queries.text(words), all);
            assertArrayEquals(expected, actual, words + " in " + chars + " characters");
            for (Object snippet : actual) {
              marked += snippet instanceof Snippet sn && !sn.marks().isEmpty() ? 1 : 0;
            }
          }
        }
        assertTrue(marked > 100, "snippets with marked words: " + marked);
      }
    }
  }

  /**
   * Where the JDK's preceding contradicts its own walk (a boundary just before a period that
   * its walk does not break at), the kept boundaries are the walk's: the sentence's start.
   */
  @Test
  void whereTheJdkContradictsItselfTheWalkDecides() {
    String text = "Jakarta lagi. PALEMBANG, khawatir. - Presiden Rusia Vladimir Putin. Lalu.";
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    BreakIterator kept = new SentenceBoundaries();
    jdk.setText(text);
    kept.setText(text);
    assertEquals(walk(jdk), walk(kept));
    assertEquals(List.of(0, 14, 68, 73), walk(kept));
    int presiden = text.indexOf("Presiden");
    assertEquals(text.indexOf(". - Presiden"), jdk.preceding(presiden));
    assertEquals(text.indexOf("PALEMBANG"), kept.preceding(presiden));
  }

  private static int apply(BreakIterator it, int op, int offset) {
    return switch (op) {
      case 0 -> it.first();
      case 1 -> it.last();
      case 2 -> it.next();
      case 3 -> it.previous();
      case 4, 5 -> it.following(offset);
      case 6 -> it.preceding(offset);
      case 7 -> it.isBoundary(offset) ? 1 : 0;
      default -> it.next(offset % 5 - 2);
    };
  }

  private static List<Integer> walk(BreakIterator it) {
    List<Integer> out = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
      out.add(b);
    }
    return out;
  }

  private static List<Integer> walkBack(BreakIterator it) {
    List<Integer> out = new ArrayList<>();
    for (int b = it.last(); b != BreakIterator.DONE; b = it.previous()) {
      out.add(b);
    }
    return out;
  }

  /**
   * The fixtures' articles as the index holds them (paragraphs apart by a blank line), each also
   * with its paragraphs shuffled and cut short, and texts at the edges of what a body may be.
   */
  private static List<String> texts(Random random) throws IOException {
    List<String> texts = new ArrayList<>(List.of("", ".", "a", "Satu.", "  ", "\n\n",
        "Dr. Ani ke Jl. Merdeka No. 5 pukul 10.30 WIB... Lalu? \"Ya!\" katanya. (Selesai.)",
        "Harga Rp1.000.000,- naik 2,5 persen.Tanpa spasi sesudah titik!Dan tanda seru?Tanya",
        "Kalimat tanpa titik di akhir", "«Kutipan.» 「引用。」 Текст. نص. Ελληνικά; τέλος.",
        "Baris satu\nbaris dua\r\nbaris tiga\u2029paragraf\u0000nol. \u00a0Spasi keras."));
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
          .toList()) {
        JsonNode body = json.readTree(f.toFile()).path("body");
        List<String> paragraphs = new ArrayList<>();
        body.forEach(p -> paragraphs.add(p.asText()));
        if (paragraphs.isEmpty()) {
          continue;
        }
        texts.add(String.join("\n\n", paragraphs));
        Collections.shuffle(paragraphs, random);
        texts.add(String.join("\n\n", paragraphs.subList(0, 1 + random.nextInt(
            paragraphs.size()))));
      }
    }
    return texts;
  }

  private static String excerpt(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}

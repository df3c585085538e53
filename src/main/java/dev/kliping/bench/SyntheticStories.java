package dev.kliping.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A synthetic news stream for the story benchmark, made from the fixtures' Indonesian words:
 * events, each with its own names and topic words plus a few recurring public figures, covered
 * by one to eight articles of the five outlets within two days. Each article is written afresh
 * (so paraphrases share words, never passages), except for what is planted: passages copied with
 * small edits from an earlier article of the event at another outlet, and whole republications.
 * Deterministic for a seed; articles come in time order.
 */
public final class SyntheticStories {
  static final List<String> OUTLETS = List.of("rmol", "medcom", "epochtimes", "kompastv",
      "paltv");
  /** About a thousand articles a day across the five outlets. */
  private static final long ARTICLES_PER_DAY = 1000;
  private static final double COPY = 0.25;
  private static final double REPUBLISH = 0.05;
  private static final String[] SYLLABLES = {"ka", "ri", "to", "mu", "la", "sa", "ne", "go",
      "pu", "di", "wa", "be", "ro", "ti", "ja", "ye", "hu", "ma", "ke", "so"};

  /** One article: its event, outlet, time, text, and the planted copy it holds (or null). */
  public record Article(int index, int event, String outlet, Instant published, String title,
      List<String> paragraphs, Planted planted) {}

  /** Text planted from an earlier article: its index, and whether the copy is almost whole. */
  public record Planted(int source, boolean republication) {}

  private final List<String> vocabulary = new ArrayList<>();
  private final List<String> figures = new ArrayList<>();

  /** Reads the words of the fixtures' golden articles (every *.json but *.fixture.json). */
  public SyntheticStories(Path goldenDir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(goldenDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")
          && !p.toString().endsWith(".fixture.json")).sorted().toList()) {
        JsonNode a = json.readTree(f.toFile());
        a.path("body").forEach(p -> {
          for (String w : p.asText().split("\\s+")) {
            String clean = w.replaceAll("[^\\p{L}\\p{N}-]", "");
            if (!clean.isEmpty() && Character.isLowerCase(clean.charAt(0))) {
              vocabulary.add(clean);
            }
          }
        });
      }
    }
    if (vocabulary.size() < 500) {
      throw new IOException("too few words in the golden articles of " + goldenDir);
    }
    Random r = new Random(7);
    for (int i = 0; i < 30; i++) {
      figures.add(name(r) + " " + name(r));
    }
  }

  /** The stream of n articles. */
  public List<Article> generate(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    long spanMillis = Math.max(1, n * Duration.ofDays(1).toMillis() / ARTICLES_PER_DAY);
    List<Article> out = new ArrayList<>(n);
    List<Event> events = new ArrayList<>();
    while (out.size() < n) {
      Event e = new Event(events.size(), r, start.plusMillis(r.nextLong(spanMillis)));
      events.add(e);
      int size = 1 + Math.min(7, (int) (-Math.log(1 - r.nextDouble()) * 2.5));
      for (int k = 0; k < size && out.size() < n; k++) {
        out.add(article(out.size(), e, r));
      }
    }
    out.sort((a, b) -> a.published().compareTo(b.published()));
    List<Article> ordered = new ArrayList<>(n);
    // Copies are planted in time order, from an earlier article of the event at another outlet.
    List<List<Integer>> byEvent = new ArrayList<>();
    events.forEach(e -> byEvent.add(new ArrayList<>()));
    for (int i = 0; i < out.size(); i++) {
      Article a = out.get(i);
      Article placed = new Article(i, a.event(), a.outlet(), a.published(), a.title(),
          a.paragraphs(), null);
      List<Integer> earlier = byEvent.get(a.event()).stream()
          .filter(j -> !ordered.get(j).outlet().equals(a.outlet())).toList();
      double roll = r.nextDouble();
      if (!earlier.isEmpty() && roll < COPY + REPUBLISH) {
        Article source = ordered.get(earlier.get(r.nextInt(earlier.size())));
        placed = roll < REPUBLISH ? republish(placed, source, r) : copy(placed, source, r);
      }
      ordered.add(placed);
      byEvent.get(a.event()).add(i);
    }
    return ordered;
  }

  private final class Event {
    final int id;
    final Instant at;
    final List<String> names = new ArrayList<>();
    final List<String> topic = new ArrayList<>();

    Event(int id, SplittableRandom r, Instant at) {
      this.id = id;
      this.at = at;
      Random seeded = new Random(r.nextLong());
      for (int i = 0; i < 3; i++) {
        names.add(name(seeded) + " " + name(seeded));
      }
      names.add(name(seeded));
      for (int i = 0; i < 2; i++) {
        names.add(figures.get(seeded.nextInt(figures.size())));
      }
      for (int i = 0; i < 4; i++) {
        topic.add(name(seeded).toLowerCase());
      }
    }
  }

  private Article article(int index, Event e, SplittableRandom r) {
    String outlet = OUTLETS.get(r.nextInt(OUTLETS.size()));
    Instant at = e.at.plusSeconds(r.nextLong(48 * 3600));
    String title = cap(e.topic.get(r.nextInt(4))) + " " + e.names.get(r.nextInt(3)) + " "
        + words(r, 3) + " " + e.topic.get(r.nextInt(4));
    List<String> paragraphs = new ArrayList<>();
    int count = 4 + r.nextInt(6);
    for (int p = 0; p < count; p++) {
      StringBuilder b = new StringBuilder();
      int sentences = 2 + r.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        b.append(s == 0 ? "" : " ").append(sentence(e, r, p == 0 ? 0.35 : 0.15));
      }
      paragraphs.add(b.toString());
    }
    return new Article(index, e.id, outlet, at, title, paragraphs, null);
  }

  /** A sentence of fixture words, with the event's names and topic words at the given rate. */
  private String sentence(Event e, SplittableRandom r, double eventRate) {
    int n = 10 + r.nextInt(14);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w;
      double roll = r.nextDouble();
      if (roll < eventRate / 2) {
        w = e.names.get(r.nextInt(e.names.size()));
      } else if (roll < eventRate) {
        w = e.topic.get(r.nextInt(e.topic.size()));
      } else {
        w = vocabulary.get(r.nextInt(vocabulary.size()));
      }
      b.append(i == 0 ? cap(w) : " " + w);
    }
    return b.append('.').toString();
  }

  /** The article with one to three passages of the source put in, each lightly edited. */
  private Article copy(Article a, Article source, SplittableRandom r) {
    List<String> paragraphs = new ArrayList<>(a.paragraphs());
    int passages = 1 + r.nextInt(3);
    for (int k = 0; k < passages; k++) {
      String from = source.paragraphs().get(r.nextInt(source.paragraphs().size()));
      paragraphs.add(r.nextInt(paragraphs.size() + 1), edited(from, r, 0.03));
    }
    return new Article(a.index(), a.event(), a.outlet(), a.published(), a.title(), paragraphs,
        new Planted(source.index(), false));
  }

  /** The source's text under the article's title, with a few words changed and a credit. */
  private Article republish(Article a, Article source, SplittableRandom r) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : source.paragraphs()) {
      paragraphs.add(edited(p, r, 0.02));
    }
    paragraphs.add("Sumber: " + source.outlet());
    return new Article(a.index(), a.event(), a.outlet(), a.published(), source.title(),
        paragraphs, new Planted(source.index(), true));
  }

  private String edited(String text, SplittableRandom r, double rate) {
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (r.nextDouble() < rate) {
        words[i] = vocabulary.get(r.nextInt(vocabulary.size()));
      }
    }
    return String.join(" ", words);
  }

  private String words(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(vocabulary.get(r.nextInt(vocabulary.size())));
    }
    return b.toString();
  }

  private static String name(Random r) {
    StringBuilder b = new StringBuilder();
    int n = 2 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return cap(b.toString());
  }

  private static String cap(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}

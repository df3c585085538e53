package dev.kliping.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes N one-site outlets as an archivist would add them, one file each with no rules and no
 * schedule of their own, and a replay of their feeds and articles: a configuration folder
 * ({@code config/kliping.yaml} with {@code outlets: all}, {@code config/outlets/}) and a replay
 * folder ({@code replay/<id>/}). The articles are distinct, made from a fixed vocabulary with a
 * fixed seed, so every run writes the same pages.
 */
public final class SyntheticOutlets {
  private static final String[] WORDS = ("pemerintah daerah warga kota desa jalan banjir hujan"
      + " sekolah guru murid pasar harga beras minyak nelayan petani panen pelabuhan kapal"
      + " rumah sakit dokter pasien menteri presiden rapat anggaran proyek jembatan listrik air"
      + " bersih polisi kantor wilayah provinsi kabupaten bupati gubernur dewan rakyat laporan"
      + " kegiatan bantuan sosial keluarga anak ibu bapak pagi siang malam hari minggu bulan"
      + " tahun baru lama besar kecil cepat lambat naik turun tinggi rendah").split(" ");

  private final Path dir;
  private final int outlets;
  private final int articlesPerOutlet;

  /**
   * @param dir the folder to write {@code config/} and {@code replay/} into
   * @param outlets how many outlets, each on its own host
   */
  public SyntheticOutlets(Path dir, int outlets, int articlesPerOutlet) {
    this.dir = dir;
    this.outlets = outlets;
    this.articlesPerOutlet = articlesPerOutlet;
  }

  public Path config() {
    return dir.resolve("config/kliping.yaml");
  }

  public Path replay() {
    return dir.resolve("replay");
  }

  /**
   * Writes the folders.
   *
   * @param schedule every outlet's cron, or null to leave it out (the default interval, spread)
   */
  public void write(String schedule) throws IOException {
    write(config(), "outlets: all\n");
    Random random = new Random(17);
    for (int i = 0; i < outlets; i++) {
      String id = String.format("situs%03d", i);
      String host = id + ".example";
      write(dir.resolve("config/outlets/" + id + ".yaml"), "id: " + id + "\nhosts: [" + host
          + "]\nfeeds: [\"https://" + host + "/rss\"]\narticle_patterns: ['https://"
          + host.replace(".", "\\.") + "/berita/\\d+/[a-z0-9-]+']\n"
          + (schedule == null ? "" : "schedule: \"" + schedule + "\"\n"));
      Path folder = replay().resolve(id);
      StringBuilder items = new StringBuilder();
      for (int a = 1; a <= articlesPerOutlet; a++) {
        String path = "/berita/" + (1000 + a) + "/kabar-" + a;
        items.append("<item><title>Kabar ").append(a).append("</title><link>https://")
            .append(host).append(path).append("</link></item>");
        mapping(folder, "article-" + a, path, "text/html; charset=UTF-8",
            "article-" + a + ".html", article(random, id, a));
      }
      mapping(folder, "rss", "/rss", "application/rss+xml; charset=UTF-8", "rss.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>"
              + id + "</title><link>https://" + host + "/</link>" + items
              + "</channel></rss>");
      mapping(folder, "robots", "/robots.txt", "text/plain", "robots.txt",
          "User-agent: *\nAllow: /\n");
    }
  }

  private static String article(Random random, String id, int n) {
    String title = sentence(random, 7);
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 6; p++) {
      body.append("<p>").append(sentence(random, 18)).append(' ').append(sentence(random, 14))
          .append("</p>\n");
    }
    String day = LocalDate.of(2026, 11, 1).plusDays(n).toString();
    return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + title
        + " - " + id + "</title><meta property=\"article:published_time\" content=\"" + day
        + "T08:00:00+07:00\"></head><body><header><nav><a href=\"/\">Beranda</a>"
        + " <a href=\"/daerah\">Daerah</a></nav></header><main><article><h1>" + title
        + "</h1><p class=\"byline\">Oleh Redaksi " + id + "</p>\n" + body
        + "</article></main><footer>Hak cipta " + id + "</footer></body></html>";
  }

  private static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int w = 0; w < words; w++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
    }
    return s.append('.').toString();
  }

  private static void mapping(Path folder, String name, String path, String type, String file,
      String body) throws IOException {
    write(folder.resolve("__files").resolve(file), body);
    write(folder.resolve("mappings").resolve(name + ".json"), "{\"request\":{\"method\":\"GET\","
        + "\"url\":\"" + path + "\"},\"response\":{\"status\":200,\"headers\":{\"Content-Type\":"
        + "\"" + type + "\"},\"bodyFileName\":\"" + file + "\"}}");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}

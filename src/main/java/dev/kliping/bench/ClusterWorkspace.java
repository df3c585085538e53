package dev.kliping.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder for one cluster rehearsal: a configuration per node (same archive folder and
 * PostgreSQL database, its own node name), a few made-up outlets each on its own host, and their
 * replay, whose articles change text on every fetch so that every visit stores a version.
 *
 * @param outlets how many outlets, each with {@code articles} articles in its feed
 * @param revisitEvery how soon a visited article is due again
 * @param revisitFor how long after an article is first seen it is revisited: the schedule ends,
 *     so a rehearsal can check that every revisit booked was made
 */
public record ClusterWorkspace(Path dir, int outlets, int articles, Duration revisitEvery,
    Duration revisitFor) {

  public Path config(int node) {
    return dir.resolve("config/node-" + node + ".yaml");
  }

  public Path archive() {
    return dir.resolve("archive");
  }

  public Path replay() {
    return dir.resolve("replay");
  }

  public static String nodeName(int node) {
    return "node-" + node;
  }

  public List<String> outletIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= outlets; i++) {
      ids.add("kabar" + i);
    }
    return ids;
  }

  public static String host(String outletId) {
    return outletId + ".test";
  }

  /**
   * Writes the configurations of nodes 1 to {@code nodes} and the replay.
   *
   * @param database the JDBC URL of the (empty) PostgreSQL database the nodes share
   * @param lease how long a claimed page stays a node's
   */
  public static ClusterWorkspace create(Path dir, int nodes, int outlets, int articles,
      Duration revisitEvery, Duration revisitFor, String database, Duration lease)
      throws IOException {
    ClusterWorkspace ws = new ClusterWorkspace(dir.toAbsolutePath(), outlets, articles,
        revisitEvery, revisitFor);
    for (int n = 1; n <= nodes; n++) {
      Workspace.write(ws.config(n), "archive: \"" + ws.archive() + "\"\n"
          + "outlets_dir: outlets\n"
          + "outlets: " + ws.outletIds() + "\n"
          + "node: " + nodeName(n) + "\n"
          + "database: {url: \"" + database + "\"}\n"
          + "cluster: {checkin_interval: 2s, lease: " + lease.toSeconds() + "s}\n"
          + "daemon:\n"
          + "  api_port: 0\n"
          + "  revisit_check_seconds: 1\n"
          + "  parallel_passes: 3\n"
          + "  revisit: [{until: " + revisitFor.toSeconds() + "s, every: "
          + revisitEvery.toSeconds() + "s}]\n"
          + "  health: {min_free_disk_mb: 0}\n"
          + "learned_boilerplate: {min_pages: 0}\n");
    }
    for (String id : ws.outletIds()) {
      Workspace.write(dir.resolve("config/outlets/" + id + ".yaml"), """
          id: %1$s
          name: Kabar %1$s
          hosts: [%2$s]
          feeds: ["https://%2$s/rss"]
          article_patterns: ['https://%3$s/news/[0-9]+-[a-z-]+']
          schedule: "0 0 0/6 * * ?"
          language: id
          rules:
            title: [h1]
            body: [div.story]
          """.formatted(id, host(id), host(id).replace(".", "\\.")));
      Path mappings = ws.replay().resolve(id).resolve("mappings");
      Workspace.write(mappings.resolve("robots.json"),
          Workspace.stub("/robots.txt", "text/plain", "User-agent: *\\nAllow: /\\n", false));
      Workspace.write(mappings.resolve("rss.json"), Workspace.stub("/rss",
          "application/rss+xml; charset=UTF-8", feed(host(id), articles), false));
      Workspace.write(mappings.resolve("article.json"),
          Workspace.stub("/news/.*", "text/html; charset=UTF-8", ARTICLE, true));
      Files.createDirectories(ws.replay().resolve(id).resolve("__files"));
    }
    return ws;
  }

  /** Every fetch differs (a random edition), so every visit stores a new version. */
  private static final String ARTICLE = "<!doctype html><html lang=\\\"id\\\"><head>"
      + "<title>Kabar {{request.pathSegments.[1]}}</title></head><body>"
      + "<h1>Kabar {{request.pathSegments.[1]}}</h1><div class=\\\"story\\\">"
      + "<p>Edisi {{randomValue length=24 type='ALPHANUMERIC'}} dari kabar ini, diambil pada"
      + " {{now}}.</p><p>Paragraf kedua kabar {{request.pathSegments.[1]}} tetap sama di setiap"
      + " edisi kabar ini agar isinya cukup panjang untuk dikenali sebagai artikel.</p></div>"
      + "</body></html>";

  private static String feed(String host, int articles) {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= articles; i++) {
      items.append("<item><title>Kabar ").append(i).append("</title><link>https://")
          .append(host).append("/news/").append(i).append("-kabar-uji</link></item>");
    }
    return "<?xml version=\\\"1.0\\\" encoding=\\\"UTF-8\\\"?><rss version=\\\"2.0\\\"><channel>"
        + "<title>Kabar</title><link>https://" + host + "/</link>" + items
        + "</channel></rss>";
  }
}

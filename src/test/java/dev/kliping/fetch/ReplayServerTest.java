package dev.kliping.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.config.ConfigException;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.OutletRules;
import dev.kliping.testing.CliRun;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One replay server answers for every outlet of a folder, each mapping only for its own outlet's
 * hosts; and a replay folder is data: mappings that would reach the network or files outside the
 * folder are refused before anything is served.
 */
class ReplayServerTest {
  @TempDir Path dir;

  @Test
  void oneServerAnswersForSeveralHosts() throws IOException {
    outletFolder("alpha", "/rss", "alpha.example/rss.xml", "<rss>alpha</rss>");
    outletFolder("beta", "/rss", "beta.example/rss.xml", "<rss>beta</rss>");
    try (ReplayServer replay = ReplayServer.start(dir,
        List.of(outlet("alpha", "alpha.example"), outlet("beta", "beta.example")))) {
      ReplayRouting routing = replay.routing();
      assertEquals(1, routing.servers().size(), "one server for both outlets");
      OkHttpClient client = HttpClients.create(TestServer.FAST, routing);
      assertEquals("<rss>alpha</rss>", get(client, "https://alpha.example/rss"));
      assertEquals("<rss>beta</rss>", get(client, "https://beta.example/rss"));
      client.connectionPool().evictAll();
    }
  }

  @Test
  void aMappingAnswersOnlyForItsOwnOutletsHosts() throws IOException {
    outletFolder("alpha", "/only-alpha", "alpha.example/page.html", "alpha page");
    outletFolder("beta", "/rss", "beta.example/rss.xml", "<rss>beta</rss>");
    try (ReplayServer replay = ReplayServer.start(dir,
        List.of(outlet("alpha", "alpha.example"), outlet("beta", "beta.example")))) {
      OkHttpClient client = HttpClients.create(TestServer.FAST, replay.routing());
      assertEquals("alpha page", get(client, "https://alpha.example/only-alpha"));
      try (Response r = client.newCall(new Request.Builder()
          .url("https://beta.example/only-alpha").build()).execute()) {
        assertEquals(404, r.code(), "beta's host does not see alpha's recordings");
      }
      client.connectionPool().evictAll();
    }
  }

  @Test
  void aProxyMappingIsRefusedAndNothingIsContacted() throws IOException {
    try (Canary canary = new Canary(InetAddress.getLoopbackAddress())) {
      Path mappings = Files.createDirectories(dir.resolve("alpha/mappings"));
      Files.writeString(mappings.resolve("proxy.json"), "{\"request\":{\"method\":\"GET\","
          + "\"urlPattern\":\".*\"},\"response\":{\"proxyBaseUrl\":\"http://127.0.0.1:"
          + canary.port() + "\"}}");
      ConfigException e = assertThrows(ConfigException.class,
          () -> ReplayServer.start(dir, List.of(outlet("alpha", "alpha.example"))));
      assertTrue(e.getMessage().contains("proxy.json")
          && e.getMessage().contains("response.proxyBaseUrl")
          && e.getMessage().contains("never reaches the network"), e.getMessage());
      assertEquals(0, canary.connections());
    }
  }

  @Test
  void aWebhookIsRefused() throws IOException {
    Path mappings = Files.createDirectories(dir.resolve("alpha/mappings"));
    Files.writeString(mappings.resolve("hook.json"), "{\"request\":{\"method\":\"GET\","
        + "\"url\":\"/rss\"},\"response\":{\"status\":200},\"serveEventListeners\":[{\"name\":"
        + "\"webhook\",\"parameters\":{\"method\":\"GET\",\"url\":\"http://127.0.0.1:9/\"}}]}");
    ConfigException e = assertThrows(ConfigException.class,
        () -> ReplayServer.start(dir, List.of(outlet("alpha", "alpha.example"))));
    assertEquals("serveEventListeners", e.key(), e.getMessage());
  }

  @Test
  void aTemplatedInlineBodyVariesPerRequestButReadsNoSystemValue() throws IOException {
    System.setProperty("kliping.test.secret", "hunter2");
    try {
      Path mappings = Files.createDirectories(dir.resolve("alpha/mappings"));
      Files.writeString(mappings.resolve("t.json"), "{\"request\":{\"method\":\"GET\","
          + "\"urlPathPattern\":\"/news/.*\"},\"response\":{\"status\":200,\"body\":"
          + "\"{{request.pathSegments.[1]}} [{{systemValue type='PROPERTY'"
          + " key='kliping.test.secret'}}]\",\"transformers\":[\"response-template\"]}}");
      try (ReplayServer replay = ReplayServer.start(dir, List.of(outlet("alpha", "alpha.example")))) {
        OkHttpClient client = HttpClients.create(TestServer.FAST, replay.routing());
        String body = get(client, "https://alpha.example/news/42");
        assertTrue(body.startsWith("42 ["), body);
        assertTrue(!body.contains("hunter2"), body);
        client.connectionPool().evictAll();
      }
    } finally {
      System.clearProperty("kliping.test.secret");
    }
  }

  @Test
  void aTemplateOnABodyFileOrAnotherTransformerIsRefused() throws IOException {
    outletFolder("alpha", "/rss", "alpha.example/rss.xml", "<rss>alpha</rss>");
    Path mappings = dir.resolve("alpha/mappings");
    for (String response : List.of(
        "{\"bodyFileName\":\"{{request.path}}\",\"transformers\":[\"response-template\"]}",
        "{\"body\":\"x\",\"transformers\":[\"some-extension\"]}")) {
      Files.writeString(mappings.resolve("t.json"), "{\"request\":{\"method\":\"GET\","
          + "\"url\":\"/x\"},\"response\":" + response + "}");
      ConfigException e = assertThrows(ConfigException.class,
          () -> ReplayServer.start(dir, List.of(outlet("alpha", "alpha.example"))), response);
      assertTrue(e.getMessage().contains("response.transformers"), e.getMessage());
    }
  }

  @Test
  void aBodyFileOutsideTheOutletsFilesIsRefused() throws IOException {
    outletFolder("beta", "/rss", "beta.example/rss.xml", "<rss>beta</rss>");
    Files.writeString(dir.resolve("secret.txt"), "not for serving");
    for (String name : List.of("../../secret.txt", "../../beta/__files/beta.example/rss.xml",
        dir.resolve("secret.txt").toString())) {
      Path mappings = Files.createDirectories(dir.resolve("alpha/mappings"));
      Files.writeString(mappings.resolve("escape.json"), "{\"request\":{\"method\":\"GET\","
          + "\"url\":\"/x\"},\"response\":{\"status\":200,\"bodyFileName\":\""
          + name.replace("\\", "\\\\") + "\"}}");
      ConfigException e = assertThrows(ConfigException.class, () -> ReplayServer.start(dir,
          List.of(outlet("alpha", "alpha.example"), outlet("beta", "beta.example"))), name);
      assertEquals("response.bodyFileName", e.key(), e.getMessage());
    }
  }

  @Test
  void theCrawlCommandExitsTwoNamingTheMapping() throws IOException {
    Path mappings = Files.createDirectories(dir.resolve("replay/kompastv/mappings"));
    Files.writeString(mappings.resolve("proxy.json"), "{\"request\":{\"method\":\"GET\","
        + "\"urlPattern\":\".*\"},\"response\":{\"proxyBaseUrl\":\"http://127.0.0.1:9\"}}");

    CliRun run = CliRun.of("crawl", "--outlet", "kompastv", "--replay",
        dir.resolve("replay").toString(), "--archive", dir.resolve("archive").toString());

    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("proxy.json") && run.err().contains("proxyBaseUrl"), run.err());
  }

  private void outletFolder(String id, String path, String bodyFile, String body)
      throws IOException {
    Path folder = dir.resolve(id);
    Path mappings = Files.createDirectories(folder.resolve("mappings"));
    Path file = folder.resolve("__files").resolve(bodyFile);
    Files.createDirectories(file.getParent());
    Files.writeString(file, body);
    Files.writeString(mappings.resolve(path.substring(1) + ".json"), "{\"request\":{\"method\":"
        + "\"GET\",\"url\":\"" + path + "\"},\"response\":{\"status\":200,\"headers\":"
        + "{\"Content-Type\":\"text/plain\"},\"bodyFileName\":\"" + bodyFile + "\"}}");
  }

  private static OutletConfig outlet(String id, String host) {
    return new OutletConfig(id, id, List.of(host), List.of("https://" + host + "/rss"),
        List.of(), List.of(), null, List.of("https://" + host + "/[0-9]+"), null, null, "id",
        OutletRules.NONE);
  }

  private static String get(OkHttpClient client, String url) throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(url).build()).execute()) {
      assertEquals(200, r.code(), url);
      return r.body().string();
    }
  }
}

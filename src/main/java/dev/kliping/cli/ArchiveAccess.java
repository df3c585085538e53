package dev.kliping.cli;

import com.fasterxml.jackson.databind.JavaType;
import dev.kliping.archive.Archive;
import dev.kliping.archive.ArchiveException;
import dev.kliping.web.DaemonInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Answers a read-only question about an archive: from the archive itself, or, while a daemon owns
 * it, from the daemon's API on 127.0.0.1 (DESIGN.md: one process owns the archive).
 */
final class ArchiveAccess {
  private ArchiveAccess() {}

  /**
   * @param local the question asked of an open archive
   * @param apiPath the same question as an API path, e.g. {@code /api/pages?url=...}
   * @param type what the API answers; an API 404 is an empty answer
   */
  static <T> Optional<T> ask(Path archiveDir, Function<Archive, Optional<T>> local,
      String apiPath, JavaType type) {
    try (Archive archive = Archive.open(archiveDir)) {
      return local.apply(archive);
    } catch (ArchiveException e) {
      Optional<DaemonInfo> daemon = DaemonInfo.read(archiveDir.toAbsolutePath().normalize());
      if (daemon.isEmpty()) {
        throw e;
      }
      return fromDaemon(daemon.get(), apiPath, type);
    }
  }

  private static <T> Optional<T> fromDaemon(DaemonInfo daemon, String apiPath, JavaType type) {
    OkHttpClient client = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build();
    Request request = new Request.Builder()
        .url("http://127.0.0.1:" + daemon.port() + apiPath).build();
    try (Response response = client.newCall(request).execute()) {
      if (response.code() == 404) {
        return Optional.empty();
      }
      if (!response.isSuccessful()) {
        throw new ArchiveException("the daemon (pid " + daemon.pid() + ") answered HTTP "
            + response.code() + " to " + apiPath, null);
      }
      return Optional.of(Json.read(response.body().bytes(), type));
    } catch (IOException e) {
      throw new ArchiveException("the archive is held by a daemon (pid " + daemon.pid()
          + ") whose API on port " + daemon.port() + " does not answer: " + e.getMessage(), e);
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}

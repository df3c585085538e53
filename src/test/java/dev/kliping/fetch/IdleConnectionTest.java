package dev.kliping.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * A server that closes keep-alive connections left idle (as Apache httpd does after 5 s) must
 * not cost the next visit its page: the client keeps an idle connection for less time than that,
 * so the request after a quiet spell goes out on a new connection instead of one the server has
 * closed, where it failed with "unexpected end of stream".
 */
class IdleConnectionTest {
  @Test
  void aRequestAfterAQuietSpellGetsItsPageOnANewConnection() throws Exception {
    long serverIdleMillis = HttpClients.KEEP_IDLE.toMillis() + 1000;
    try (KeepAliveServer server = new KeepAliveServer((int) serverIdleMillis)) {
      OkHttpClient client = HttpClients.create(TestServer.FAST, null, Dns.SYSTEM,
          Set.of(server.address()));
      assertEquals(200, get(client, server, "/satu"));
      assertEquals(200, get(client, server, "/dua"));
      assertEquals(1, server.connections.get(), "back to back, the connection is reused");

      Thread.sleep(serverIdleMillis + 1000); // the server has closed the idle connection
      assertEquals(200, get(client, server, "/tiga"));
      assertEquals(2, server.connections.get());
    }
  }

  private static int get(OkHttpClient client, KeepAliveServer server, String path)
      throws IOException {
    Request request = new Request.Builder().url("http://127.0.0.1:" + server.port() + path).build();
    try (Response response = client.newCall(request).execute()) {
      response.body().string();
      return response.code();
    }
  }

  /** Answers every request with a small page and keeps the connection until idle too long. */
  private static final class KeepAliveServer implements AutoCloseable {
    final AtomicInteger connections = new AtomicInteger();
    private final ServerSocket listener;

    KeepAliveServer(int idleMillis) throws IOException {
      listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
      Thread thread = new Thread(() -> {
        while (!listener.isClosed()) {
          try {
            Socket socket = listener.accept();
            connections.incrementAndGet();
            Thread t = new Thread(() -> serve(socket, idleMillis), "keep-alive-connection");
            t.setDaemon(true);
            t.start();
          } catch (IOException e) {
            return;
          }
        }
      }, "keep-alive-server");
      thread.setDaemon(true);
      thread.start();
    }

    InetSocketAddress address() {
      return new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort());
    }

    int port() {
      return listener.getLocalPort();
    }

    private static void serve(Socket socket, int idleMillis) {
      try (socket) {
        socket.setSoTimeout(idleMillis);
        BufferedReader in = new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          while (!line.isEmpty()) {
            line = in.readLine();
            if (line == null) {
              return;
            }
          }
          byte[] body = "<p>halo</p>".getBytes(StandardCharsets.US_ASCII);
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
              + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(body);
          out.flush();
        }
      } catch (SocketTimeoutException e) {
        // Idle too long: closed without a word, as servers do.
      } catch (IOException e) {
        // The client went away.
      }
    }

    @Override
    public void close() throws IOException {
      listener.close();
    }
  }
}

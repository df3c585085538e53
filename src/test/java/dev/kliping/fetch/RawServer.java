package dev.kliping.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;

/**
 * A plain-socket HTTP server for what WireMock cannot do: send a body without end, or dribble it
 * a few bytes at a time (WireMock's Jetty buffers its "dribbled" chunks and sends them in one
 * go). Answers robots.txt with 404, anything else with 200 and the body the mode makes.
 */
final class RawServer implements AutoCloseable {
  /** Writes a response body to the socket until done or the client hangs up. */
  interface Body {
    void write(OutputStream out) throws IOException, InterruptedException;
  }

  private static final String NOT_FOUND =
      "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

  private final ServerSocket listener;

  RawServer(Body body) throws IOException {
    listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(() -> serve(body), "raw-server");
    thread.setDaemon(true);
    thread.start();
  }

  /** Zeros, 8 KiB at a time, for ever. */
  static void endless(OutputStream out) throws IOException {
    byte[] chunk = new byte[8192];
    while (true) {
      out.write(chunk);
    }
  }

  /** A byte every 200 ms for ever, each flushed: never silent long enough for a read timeout. */
  static void dribble(OutputStream out) throws IOException, InterruptedException {
    while (true) {
      out.write('x');
      out.flush();
      Thread.sleep(200);
    }
  }

  HttpUrl base() {
    return HttpUrl.get("http://127.0.0.1:" + listener.getLocalPort() + "/");
  }

  private void serve(Body body) {
    while (!listener.isClosed()) {
      try (Socket socket = listener.accept()) {
        BufferedReader in = new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        String requestLine = in.readLine();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
          // The request headers do not matter here.
        }
        OutputStream out = socket.getOutputStream();
        if (requestLine != null && requestLine.contains("/robots.txt")) {
          out.write(ascii(NOT_FOUND));
          continue;
        }
        // No Content-Length and no chunking: the body ends when the connection does.
        out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"));
        out.flush();
        body.write(out);
      } catch (IOException e) {
        // The client hung up, as it should; serve the next one.
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}

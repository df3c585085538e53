package dev.kliping.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener on loopback that only counts the connections it is offered. A crawler that never
 * connects to loopback leaves it at zero, whatever the pages it crawls point at.
 */
final class Canary implements AutoCloseable {
  private final ServerSocket socket;
  private final AtomicInteger accepted = new AtomicInteger();

  Canary(InetAddress address) throws IOException {
    socket = new ServerSocket();
    socket.bind(new InetSocketAddress(address, 0));
    Thread thread = new Thread(this::count, "canary");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  int connections() {
    return accepted.get();
  }

  private void count() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        accepted.incrementAndGet();
        s.close();
      } catch (IOException e) {
        // Closed: the test is over.
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}

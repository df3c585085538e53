package dev.kliping.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.SocketFactory;

/**
 * Makes sockets that ask the {@link AddressGuard} before they connect: the last check, on the
 * very address about to be dialled, whatever OkHttp resolved or was given as an IP literal.
 */
final class GuardedSocketFactory extends SocketFactory {
  private final AddressGuard guard;

  GuardedSocketFactory(AddressGuard guard) {
    this.guard = guard;
  }

  @Override
  public Socket createSocket() {
    return new GuardedSocket(guard);
  }

  // OkHttp only calls createSocket() and then connect(); the others connect at once, so check
  // first and then connect through the guarded socket.

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return connected(new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress,
      int localPort) throws IOException {
    return connected(new InetSocketAddress(address, port));
  }

  private Socket connected(InetSocketAddress target) throws IOException {
    Socket socket = new GuardedSocket(guard);
    socket.connect(target);
    return socket;
  }

  private static final class GuardedSocket extends Socket {
    private final AddressGuard guard;

    GuardedSocket(AddressGuard guard) {
      this.guard = guard;
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
      if (endpoint instanceof InetSocketAddress target) {
        guard.check(target);
      }
      super.connect(endpoint, timeout);
    }
  }
}

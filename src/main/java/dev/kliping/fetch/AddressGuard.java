package dev.kliping.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okhttp3.Dns;

/**
 * Keeps the crawler off non-public addresses ({@link BlockedAddresses}) twice over: as OkHttp's
 * {@link Dns}, so the address checked is the address dialled (a name that resolves to a public
 * address for a check and to 127.0.0.1 for the connection, DNS rebinding, gets nowhere), and
 * through {@link #check} at the socket, for IP literals that OkHttp never looks up. Only the
 * exact replay servers (host and port) are let through. Thread-safe.
 */
final class AddressGuard implements Dns {
  private final Dns delegate;
  private final Set<InetSocketAddress> allowed;

  /** @param allowed the replay servers, the only non-public places kliping may connect to */
  AddressGuard(Dns delegate, Set<InetSocketAddress> allowed) {
    this.delegate = delegate;
    this.allowed = Set.copyOf(allowed);
  }

  /** Resolves the host and keeps only public addresses (and the replay servers' addresses). */
  @Override
  public List<InetAddress> lookup(String hostname) throws java.net.UnknownHostException {
    List<InetAddress> found = delegate.lookup(hostname);
    List<InetAddress> usable = new ArrayList<>(found.size());
    BlockedAddressException blocked = null;
    for (InetAddress address : found) {
      String why = BlockedAddresses.reason(address);
      if (why == null || isReplayAddress(address)) {
        usable.add(address);
      } else if (blocked == null) {
        blocked = new BlockedAddressException(hostname, address, why);
      }
    }
    if (usable.isEmpty() && blocked != null) {
      throw blocked;
    }
    return usable;
  }

  /** Refuses a connection to a blocked address, unless it is exactly a replay server. */
  void check(InetSocketAddress target) throws BlockedAddressException {
    InetAddress address = target.getAddress();
    if (address == null) {
      // Unresolved: this socket would resolve the name itself, behind our back.
      throw new BlockedAddressException(target.getHostString(),
          InetAddress.getLoopbackAddress(), "unresolved at connect time");
    }
    String why = BlockedAddresses.reason(address);
    if (why != null && !allowed.contains(new InetSocketAddress(address, target.getPort()))) {
      throw new BlockedAddressException(target.getHostString(), address, why);
    }
  }

  private boolean isReplayAddress(InetAddress address) {
    return allowed.stream().anyMatch(a -> address.equals(a.getAddress()));
  }
}

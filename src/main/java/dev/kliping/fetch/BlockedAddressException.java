package dev.kliping.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Thrown inside OkHttp when a host resolves to, or a connection would go to, an address kliping
 * never connects to. An {@link UnknownHostException}, so OkHttp passes it through as it would a
 * failed lookup; the fetcher turns it into {@link FetchOutcome#BLOCKED}.
 */
final class BlockedAddressException extends UnknownHostException {
  BlockedAddressException(String host, InetAddress address, String why) {
    super(host + " leads to " + address.getHostAddress() + " (" + why
        + "): kliping never connects there");
  }
}

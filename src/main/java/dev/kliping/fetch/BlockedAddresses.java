package dev.kliping.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The addresses the crawler never connects to: anything that is not the public internet. A page
 * on the web must not be able to steer kliping at the machine it runs on, or at the network
 * behind it (routers, cloud metadata at 169.254.169.254, databases). Pure and thread-safe.
 */
final class BlockedAddresses {
  private BlockedAddresses() {}

  /** Why the address is blocked ("loopback", "private"...), or null when it is public. */
  static String reason(InetAddress address) {
    InetAddress a = unwrap(address);
    if (a.isAnyLocalAddress()) {
      return "unspecified";
    }
    if (a.isLoopbackAddress()) {
      return "loopback";
    }
    if (a.isLinkLocalAddress()) {
      return "link-local";
    }
    if (a.isMulticastAddress()) {
      return "multicast";
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      return reason4(b[0] & 0xff, b[1] & 0xff);
    }
    if ((b[0] & 0xfe) == 0xfc) {
      return "unique-local";
    }
    // fec0::/10, site-local: deprecated, but still routed privately where it is used.
    return a.isSiteLocalAddress() ? "site-local" : null;
  }

  private static String reason4(int first, int second) {
    if (first == 0 || first == 127) {
      return first == 0 ? "unspecified" : "loopback";
    }
    if (first == 10 || (first == 172 && (second & 0xf0) == 16)
        || (first == 192 && second == 168)) {
      return "private";
    }
    if (first == 100 && (second & 0xc0) == 64) {
      return "carrier-grade NAT";
    }
    if (first == 169 && second == 254) {
      return "link-local";
    }
    // 224/4 multicast is caught above; 240/4 is reserved and 255.255.255.255 is broadcast.
    return first >= 240 ? "reserved" : null;
  }

  /**
   * The IPv4 address inside an IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible
   * ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::a.b.c.d}) or 6to4 ({@code 2002:AABB:CCDD::})
   * IPv6 address, so that {@code ::ffff:127.0.0.1} is seen as loopback: a NAT64 or 6to4 gateway
   * would carry the connection to that IPv4 address.
   */
  static InetAddress unwrap(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return address;
    }
    byte[] b = address.getAddress();
    if (isNat64(b)) {
      return ipv4(b[12], b[13], b[14], b[15]);
    }
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
      return ipv4(b[2], b[3], b[4], b[5]);
    }
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return address;
      }
    }
    boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
    if (!mapped && !compatible) {
      return address;
    }
    return ipv4(b[12], b[13], b[14], b[15]);
  }

  /** 64:ff9b::/96, the well-known NAT64 prefix of RFC 6052. */
  private static boolean isNat64(byte[] b) {
    if ((b[0] & 0xff) != 0x00 || (b[1] & 0xff) != 0x64 || (b[2] & 0xff) != 0xff
        || (b[3] & 0xff) != 0x9b) {
      return false;
    }
    for (int i = 4; i < 12; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static InetAddress ipv4(byte a, byte b, byte c, byte d) {
    try {
      return InetAddress.getByAddress(new byte[] {a, b, c, d});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}

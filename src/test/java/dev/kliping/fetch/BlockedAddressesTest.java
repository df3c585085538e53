package dev.kliping.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses kliping never connects to, IPv4, IPv6 and IPv4 inside IPv6. */
class BlockedAddressesTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(nullValues = "public", value = {
      "127.0.0.1, loopback",
      "127.255.255.254, loopback",
      "::1, loopback",
      "0.0.0.0, unspecified",
      "::, unspecified",
      "10.1.2.3, private",
      "172.16.0.1, private",
      "172.31.255.255, private",
      "192.168.1.1, private",
      "169.254.169.254, link-local",
      "fe80::1, link-local",
      "100.64.0.1, carrier-grade NAT",
      "100.127.255.255, carrier-grade NAT",
      "224.0.0.1, multicast",
      "ff02::1, multicast",
      "fc00::1, unique-local",
      "fd12:3456::1, unique-local",
      "255.255.255.255, reserved",
      "::ffff:127.0.0.1, loopback",
      "::ffff:10.0.0.1, private",
      "::ffff:169.254.169.254, link-local",
      "::127.0.0.1, loopback",
      "64:ff9b::127.0.0.1, loopback",
      "64:ff9b::a9fe:a9fe, link-local",
      "2002:0a00:0001::1, private",
      "2002:7f00:0001::, loopback",
      "64:ff9b::8.8.8.8, public",
      "2002:0808:0808::1, public",
      "8.8.8.8, public",
      "172.32.0.1, public",
      "100.128.0.1, public",
      "203.0.113.9, public",
      "2606:4700::1111, public",
      "::ffff:8.8.8.8, public",
  })
  void classifies(String literal, String reason) throws UnknownHostException {
    // A literal: getByName parses it and never asks DNS.
    assertEquals(reason, BlockedAddresses.reason(InetAddress.getByName(literal)));
  }
}

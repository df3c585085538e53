package dev.kliping.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The secret a client must present when the server is reachable from other machines. Compared
 * in constant time over SHA-256 digests, so neither the content nor the length of the token
 * leaks through response timing.
 */
final class AccessToken {
  /** Shorter tokens can be guessed online; 16 characters is 80+ bits when random. */
  static final int MIN_LENGTH = 16;

  private final byte[] digest;

  private AccessToken(String token) {
    this.digest = sha256(token);
  }

  /**
   * The token the server will require, or null when none is needed. Binding anything but a
   * loopback address without a token is refused: the archive would be open to the network.
   *
   * @throws IllegalArgumentException for a non-loopback bind without a token, or a short token
   */
  static AccessToken forBind(String bind, String token) {
    boolean none = token == null || token.isBlank();
    if (none && !loopback(bind)) {
      throw new IllegalArgumentException("binding " + bind + " makes the archive reachable from"
          + " other machines: give an access token (--token or KLIPING_TOKEN), or bind"
          + " 127.0.0.1");
    }
    if (none) {
      return null;
    }
    if (token.strip().length() < MIN_LENGTH) {
      throw new IllegalArgumentException("the access token must be at least " + MIN_LENGTH
          + " characters");
    }
    return new AccessToken(token.strip());
  }

  /** True only for a literal or resolved loopback address; unresolvable names are not. */
  static boolean loopback(String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  boolean matches(String presented) {
    return presented != null && MessageDigest.isEqual(digest, sha256(presented));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}

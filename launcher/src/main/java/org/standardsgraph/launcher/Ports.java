package org.standardsgraph.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Checks the ports before Neo4j starts, so a port that another program holds is reported at once
 * and by number, not as a failed start half a minute later with the reason deep in a log.
 */
final class Ports {
  /** A message naming the port when it cannot be bound on 127.0.0.1, otherwise null. */
  static String inUse(int port, String what, String option, String variable) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
      return null;
    } catch (IOException e) {
      return String.format("port %d (%s) on 127.0.0.1 is already in use by another program (%s); stop it, or choose"
          + " another port with %s or %s", port, what, e.getMessage(), option, variable);
    }
  }

  private Ports() {}
}
